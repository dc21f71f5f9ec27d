// The clearinghouse's query language, read from whatever a person types into a search box:
//   words             all of them must appear (stemmed: "partners" finds "partnership")
//   "a phrase"        these words in this order (an unclosed quote runs to the end)
//   polic*            words starting with "polic" (at least two letters before the star)
//   youth OR schools  either one
//   -gangs            leave out what has this word (or -"a phrase")
// Anything else is a separator: punctuation, symbols and emoji never reach the engines, so no
// string can make a query fail there. Common words ("the", "of") are left out unless in a phrase,
// as PostgreSQL's English dictionary does, so both engines answer alike. Pure: no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

namespace cg {

inline constexpr std::size_t kSearchTextMax = 500;   // characters
inline constexpr std::size_t kSearchTermsMax = 24;   // words and phrases, after common words go

// A word, or a phrase when it has several; `prefix` applies to the last word.
struct SearchTerm {
  std::vector<std::string> words;  // lower case (ASCII letters folded; the engines fold the rest)
  bool prefix = false;
  bool operator==(const SearchTerm&) const = default;
};

// Terms joined by OR: a result must match at least one.
struct SearchClause {
  std::vector<SearchTerm> any;
  bool operator==(const SearchClause&) const = default;
};

struct SearchQuery {
  std::vector<SearchClause> all;   // every clause must match; empty: no words, list everything
  std::vector<SearchTerm> none;    // no result may match any of these
  bool empty() const { return all.empty(); }
  bool operator==(const SearchQuery&) const = default;
};

// The query in `text`, or a 400-worthy error on the field `q`: too long, not UTF-8, control
// characters, too many terms, only common words, or only words to leave out.
Result<SearchQuery> parse_search(std::string_view text);

// Whether `word` (lower case) is one of the common English words search leaves out.
bool is_stop_word(std::string_view word);

// The distinct words of `text` worth searching for (no common words), in order, at most `limit`:
// "more like this" builds its query from a resource's own title and topics.
std::vector<std::string> significant_words(std::string_view text, std::size_t limit);

// A query matching any of the significant words of `text` (the first kSearchTermsMax), ranked by
// how many and how rare: "more like this" and the resources suggested for a plan activity.
// Empty when `text` has no word worth searching for.
SearchQuery any_of_words(std::string_view text);

}  // namespace cg
