#include "domain/search_query.h"

#include <algorithm>
#include <array>
#include <optional>

#include "domain/text_rules.h"

namespace cg {
namespace {

// PostgreSQL's English stop list (tsearch_data/english.stop), sorted for binary search.
constexpr std::array<std::string_view, 127> kStopWords = {
    "a",       "about",   "above",      "after",   "again",    "against", "all",        "am",     "an",
    "and",     "any",     "are",        "as",      "at",       "be",      "because",    "been",   "before",
    "being",   "below",   "between",    "both",    "but",      "by",      "can",        "did",    "do",
    "does",    "doing",   "don",        "down",    "during",   "each",    "few",        "for",    "from",
    "further", "had",     "has",        "have",    "having",   "he",      "her",        "here",   "hers",
    "herself", "him",     "himself",    "his",     "how",      "i",       "if",         "in",     "into",
    "is",      "it",      "its",        "itself",  "just",     "me",      "more",       "most",   "my",
    "myself",  "no",      "nor",        "not",     "now",      "of",      "off",        "on",     "once",
    "only",    "or",      "other",      "our",     "ours",     "ourselves", "out",      "over",   "own",
    "s",       "same",    "she",        "should",  "so",       "some",    "such",       "t",      "than",
    "that",    "the",     "their",      "theirs",  "them",     "themselves", "then",    "there",  "these",
    "they",    "this",    "those",      "through", "to",       "too",     "under",      "until",  "up",
    "very",    "was",     "we",         "were",    "what",     "when",    "where",      "which",  "while",
    "who",     "whom",    "why",        "will",    "with",     "you",     "your",       "yours",  "yourself",
    "yourselves"};
static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()));

// One code point of valid UTF-8 at the front of `text`, or nothing (and `text` untouched).
std::optional<char32_t> next_code_point(std::string_view& text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  std::size_t size = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (size == 0 || size > text.size()) return std::nullopt;
  char32_t cp = size == 1 ? lead : size == 2 ? (lead & 0x1F) : size == 3 ? (lead & 0x0F) : (lead & 0x07);
  for (std::size_t i = 1; i < size; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (byte & 0x3F);
  }
  constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[size] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  text.remove_prefix(size);
  return cp;
}

// Letters and digits of any script; punctuation, symbols, emoji and invisible marks are not.
bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;       // Latin-1 punctuation and signs
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;                 // punctuation, arrows, maths, dingbats
  if (cp >= 0x3000 && cp <= 0x303F) return false;                 // CJK punctuation
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;                 // private use
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;                 // variation selectors
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;                 // CJK compatibility forms
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;                 // specials
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;               // emoji and pictographs
  if (cp >= 0xE0000) return false;                                // tags, private use planes
  return true;
}

struct Piece {
  char32_t cp;
  std::string_view bytes;
};

// The text as code points, or the reason it cannot be read as a search.
Result<std::vector<Piece>> pieces_of(std::string_view text) {
  std::vector<Piece> out;
  while (!text.empty()) {
    const auto before = text;
    const auto cp = next_code_point(text);
    if (!cp) return Error::invalid_field("q", "The search is not readable text; type it again or paste plain text.");
    if (*cp < 0x20 || (*cp >= 0x7F && *cp < 0xA0)) {
      if (*cp != '\t' && *cp != '\n' && *cp != '\r') {
        return Error::invalid_field("q", "The search contains control characters; type it again or paste plain text.");
      }
      out.push_back({U' ', before.substr(0, 1)});
      continue;
    }
    out.push_back({*cp, before.substr(0, before.size() - text.size())});
  }
  return out;
}

bool is_space(char32_t cp) { return cp == U' ' || cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A); }

// The words of pieces [from, to): runs of word characters, lower-cased; `prefix` when the last
// word is followed at once by a star and is long enough to start words with.
SearchTerm term_of(const std::vector<Piece>& pieces, std::size_t from, std::size_t to) {
  SearchTerm term;
  std::string word;
  bool star_after_last = false;
  for (std::size_t i = from; i < to; ++i) {
    if (is_word_code_point(pieces[i].cp)) {
      word += pieces[i].bytes;
      continue;
    }
    if (!word.empty()) {
      term.words.push_back(text::ascii_lower(word));
      word.clear();
      star_after_last = pieces[i].cp == U'*';
    } else if (pieces[i].cp != U'*') {
      star_after_last = false;
    }
  }
  if (!word.empty()) {
    term.words.push_back(text::ascii_lower(word));
    star_after_last = false;
  }
  term.prefix = star_after_last && !term.words.empty() && text::length(term.words.back()) >= 2;
  return term;
}

// Leaves out common words, as the engines would: a lone common word goes; a phrase keeps the ones
// inside it (they hold the other words apart) but not at its ends.
void drop_stop_words(SearchTerm& term) {
  auto& w = term.words;
  while (!w.empty() && is_stop_word(w.front()) && !(w.size() == 1 && term.prefix)) w.erase(w.begin());
  while (!w.empty() && is_stop_word(w.back()) && !term.prefix) w.pop_back();
}

}  // namespace

bool is_stop_word(std::string_view word) { return std::binary_search(kStopWords.begin(), kStopWords.end(), word); }

Result<SearchQuery> parse_search(std::string_view text) {
  if (text::length(text) > kSearchTextMax) {
    return Error::invalid_field("q", "Keep the search under " + std::to_string(kSearchTextMax) + " characters.");
  }
  auto read = pieces_of(text);
  if (!read) return std::move(read).error();
  const auto& pieces = *read;

  SearchQuery query;
  bool any_word = false;
  bool join_next = false;    // an OR came after a clause: the next term joins that clause
  bool last_was_clause = false;
  std::size_t i = 0;
  while (i < pieces.size()) {
    if (is_space(pieces[i].cp)) {
      ++i;
      continue;
    }
    const bool exclude = pieces[i].cp == U'-' && i + 1 < pieces.size() && !is_space(pieces[i + 1].cp);
    if (exclude) ++i;
    std::size_t start = i;
    std::size_t end = i;
    bool star_after_quote = false;  // "community pol"*
    if (pieces[i].cp == U'"') {
      start = i + 1;
      end = start;
      while (end < pieces.size() && pieces[end].cp != U'"') ++end;
      i = end < pieces.size() ? end + 1 : end;  // an unclosed quote runs to the end
      star_after_quote = i < pieces.size() && pieces[i].cp == U'*';
      if (star_after_quote) ++i;
    } else {
      while (end < pieces.size() && !is_space(pieces[end].cp) && pieces[end].cp != U'"') ++end;
      i = end;
      if (!exclude && end - start == 2 && pieces[start].bytes == "O" && pieces[start + 1].bytes == "R") {
        join_next = last_was_clause;
        continue;
      }
    }
    auto term = term_of(pieces, start, end);
    if (star_after_quote && !term.words.empty() && text::length(term.words.back()) >= 2) term.prefix = true;
    if (!term.words.empty()) any_word = true;
    drop_stop_words(term);
    if (term.words.empty()) {
      join_next = last_was_clause = false;
      continue;
    }
    if (exclude) {
      query.none.push_back(std::move(term));
      join_next = last_was_clause = false;
    } else if (join_next) {
      query.all.back().any.push_back(std::move(term));
      join_next = false;
    } else {
      query.all.push_back({{std::move(term)}});
      last_was_clause = true;
    }
  }

  std::size_t terms = query.none.size();
  for (const auto& clause : query.all) terms += clause.any.size();
  if (terms > kSearchTermsMax) {
    return Error::invalid_field("q", "Use at most " + std::to_string(kSearchTermsMax) + " words or phrases.");
  }
  if (query.all.empty() && !query.none.empty()) {
    return Error::invalid_field("q", "Add a word to look for: leaving words out alone does not narrow the search.");
  }
  if (query.all.empty() && any_word) {
    return Error::invalid_field("q", "These words are too common to search for; add a more specific word.");
  }
  if (query.all.empty() && !text::trim(text).empty()) {
    return Error::invalid_field("q", "Type a word to search for: letters or numbers.");
  }
  return query;
}

std::vector<std::string> significant_words(std::string_view text, std::size_t limit) {
  std::vector<std::string> out;
  auto read = pieces_of(text);
  if (!read) return out;
  const auto words = term_of(*read, 0, read->size()).words;
  for (const auto& word : words) {
    if (out.size() >= limit) break;
    if (is_stop_word(word) || std::find(out.begin(), out.end(), word) != out.end()) continue;
    out.push_back(word);
  }
  return out;
}

SearchQuery any_of_words(std::string_view text) {
  SearchQuery out;
  SearchClause any;
  for (auto& word : significant_words(text, kSearchTermsMax)) any.any.push_back({{std::move(word)}, false});
  if (!any.any.empty()) out.all.push_back(std::move(any));
  return out;
}

}  // namespace cg
