#include "domain/search_query.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace cg {

// Readable failures: terms as "word", "a phrase", "polic*".
void PrintTo(const SearchTerm& term, std::ostream* out) {
  *out << '"';
  for (std::size_t i = 0; i < term.words.size(); ++i) *out << (i ? " " : "") << term.words[i];
  *out << '"' << (term.prefix ? "*" : "");
}
void PrintTo(const SearchClause& clause, std::ostream* out) {
  for (std::size_t i = 0; i < clause.any.size(); ++i) {
    if (i) *out << " OR ";
    PrintTo(clause.any[i], out);
  }
}

namespace {

SearchTerm word(std::string w, bool prefix = false) { return {{std::move(w)}, prefix}; }
SearchTerm phrase(std::vector<std::string> words, bool prefix = false) { return {std::move(words), prefix}; }

SearchQuery parsed(std::string_view text) {
  auto query = parse_search(text);
  EXPECT_TRUE(query.ok()) << text << ": " << (query.ok() ? "" : query.error().fields.at(0).message);
  return query.ok() ? *query : SearchQuery{};
}

std::string refusal(std::string_view text) {
  auto query = parse_search(text);
  EXPECT_FALSE(query.ok()) << text;
  if (query.ok()) return {};
  EXPECT_EQ(query.error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(query.error().fields.at(0).field, "q");
  return query.error().fields.at(0).message;
}

TEST(SearchQuery, WordsAreAllRequiredLowerCasedWithoutCommonWords) {
  const auto q = parsed("Youth and the SCHOOLS");
  EXPECT_EQ(q.all, (std::vector<SearchClause>{{{word("youth")}}, {{word("schools")}}}));
  EXPECT_TRUE(q.none.empty());
}

TEST(SearchQuery, NothingTypedListsEverything) {
  EXPECT_TRUE(parsed("").empty());
  EXPECT_TRUE(parsed("   \t ").empty());
}

TEST(SearchQuery, QuotesMakeAPhraseThatKeepsInnerCommonWordsButNotOuterOnes) {
  const auto q = parsed("\"the reduction of violence\" gangs");
  EXPECT_EQ(q.all, (std::vector<SearchClause>{{{phrase({"reduction", "of", "violence"})}}, {{word("gangs")}}}));
}

TEST(SearchQuery, AnUnclosedQuoteRunsToTheEnd) {
  EXPECT_EQ(parsed("\"community policing").all, (std::vector<SearchClause>{{{phrase({"community", "policing"})}}}));
  EXPECT_NE(refusal("\"").find("letters or numbers"), std::string::npos);
}

TEST(SearchQuery, AStarAfterTwoLettersOrMoreSearchesByBeginning) {
  EXPECT_EQ(parsed("polic*").all, (std::vector<SearchClause>{{{word("polic", true)}}}));
  EXPECT_EQ(parsed("p*").all, (std::vector<SearchClause>{{{word("p")}}}));
  EXPECT_EQ(parsed("\"community pol*\"").all, (std::vector<SearchClause>{{{phrase({"community", "pol"}, true)}}}));
  EXPECT_EQ(parsed("\"community pol\"*").all, (std::vector<SearchClause>{{{phrase({"community", "pol"}, true)}}}));
  EXPECT_EQ(parsed("th*").all, (std::vector<SearchClause>{{{word("th", true)}}}));
}

TEST(SearchQuery, OrJoinsNeighboursAndIsIgnoredWhereItJoinsNothing) {
  EXPECT_EQ(parsed("youth OR schools grants").all,
            (std::vector<SearchClause>{{{word("youth"), word("schools")}}, {{word("grants")}}}));
  EXPECT_EQ(parsed("OR youth OR").all, (std::vector<SearchClause>{{{word("youth")}}}));
  EXPECT_EQ(parsed("youth or schools").all, (std::vector<SearchClause>{{{word("youth")}}, {{word("schools")}}}));
  EXPECT_EQ(parsed("youth OR OR schools").all, (std::vector<SearchClause>{{{word("youth"), word("schools")}}}));
}

TEST(SearchQuery, AMinusLeavesOut) {
  const auto q = parsed("violence -gangs -\"gun violence\" - -");
  EXPECT_EQ(q.all, (std::vector<SearchClause>{{{word("violence")}}}));
  EXPECT_EQ(q.none, (std::vector<SearchTerm>{word("gangs"), phrase({"gun", "violence"})}));
  EXPECT_EQ(parsed("covid-19").all, (std::vector<SearchClause>{{{phrase({"covid", "19"})}}}));
  EXPECT_EQ(parsed("well-being").all, (std::vector<SearchClause>{{{word("well")}}})) << "a common word ends no phrase";
}

TEST(SearchQuery, PunctuationSymbolsAndEmojiSeparateWords) {
  EXPECT_EQ(parsed("gun-violence!!! (youth) 🚓 schools").all,
            (std::vector<SearchClause>{{{phrase({"gun", "violence"})}}, {{word("youth")}}, {{word("schools")}}}));
  // Engine syntax is only words here: "and" and "not" are common words, the rest two phrases.
  EXPECT_EQ(parsed("AND NOT ( ) : ^ NEAR/2 {title}:x").all,
            (std::vector<SearchClause>{{{phrase({"near", "2"})}}, {{phrase({"title", "x"})}}}));
  EXPECT_EQ(parsed("café Ärzte").all, (std::vector<SearchClause>{{{word("café")}}, {{word("Ärzte")}}}));
}

TEST(SearchQuery, LineBreaksAndTabsAreSpaces) {
  EXPECT_EQ(parsed("youth\nschools\tgrants").all.size(), 3u);
}

TEST(SearchQuery, RefusesWhatCannotBeASearchWithPlainReasons) {
  EXPECT_NE(refusal(std::string(501, 'a')).find("500 characters"), std::string::npos);
  EXPECT_NE(refusal("youth\x01").find("control characters"), std::string::npos);
  EXPECT_NE(refusal("youth\x7f").find("control characters"), std::string::npos);
  EXPECT_NE(refusal("bad \xff\xfe utf8").find("not readable"), std::string::npos);
  EXPECT_NE(refusal("\xc0\xaf").find("not readable"), std::string::npos);  // overlong
  EXPECT_NE(refusal("-gangs").find("Add a word"), std::string::npos);
  EXPECT_NE(refusal("the of and").find("too common"), std::string::npos);
  EXPECT_NE(refusal("🚓🚓 !!").find("letters or numbers"), std::string::npos);
  std::string many;
  for (int i = 0; i < 25; ++i) many += "word" + std::to_string(i) + " ";
  EXPECT_NE(refusal(many).find("at most 24"), std::string::npos);
  EXPECT_TRUE(parse_search(std::string(500, 'a')).ok());
}

TEST(SearchQuery, SignificantWordsSkipCommonWordsAndRepeats) {
  EXPECT_EQ(significant_words("The Collaboration Toolkit for Community Organizations: the toolkit", 3),
            (std::vector<std::string>{"collaboration", "toolkit", "community"}));
  EXPECT_TRUE(is_stop_word("the"));
  EXPECT_FALSE(is_stop_word("youth"));
}

TEST(AnyOfWords, MatchesAnySignificantWordOnce) {
  const auto query = any_of_words("Train the youth mentors; mentors meet the youth weekly");
  ASSERT_EQ(query.all.size(), 1u);
  std::vector<std::string> words;
  for (const auto& term : query.all[0].any) words.push_back(term.words.at(0));
  EXPECT_EQ(words, (std::vector<std::string>{"train", "youth", "mentors", "meet", "weekly"}));
  EXPECT_TRUE(query.none.empty());
  EXPECT_TRUE(any_of_words("the and of").empty());
  EXPECT_TRUE(any_of_words("").empty());
}

}  // namespace
}  // namespace cg
