#include "store/search_syntax.h"

namespace cg::store {
namespace {

std::string fts5_term(const SearchTerm& term) {
  std::string out = "\"";
  for (std::size_t i = 0; i < term.words.size(); ++i) {
    if (i) out += ' ';
    out += term.words[i];
  }
  return out + (term.prefix ? "\"*" : "\"");
}

std::string tsquery_term(const SearchTerm& term) {
  std::string out;
  for (std::size_t i = 0; i < term.words.size(); ++i) {
    if (i) out += " <-> ";
    out += "'" + term.words[i] + "'";
  }
  if (term.prefix) out += ":*";
  return term.words.size() > 1 ? "(" + out + ")" : out;
}

template <typename Render>
std::string rendered(const SearchQuery& query, Render term, std::string_view or_, std::string_view and_,
                     std::string_view not_) {
  std::string out;
  for (const auto& clause : query.all) {
    if (!out.empty()) out += and_;
    std::string any;
    for (const auto& alternative : clause.any) {
      if (!any.empty()) any += or_;
      any += term(alternative);
    }
    out += clause.any.size() > 1 ? "(" + any + ")" : any;
  }
  for (const auto& left_out : query.none) {
    out += not_;
    out += term(left_out);
  }
  return out;
}

}  // namespace

std::string fts5_match(const SearchQuery& query) { return rendered(query, fts5_term, " OR ", " AND ", " NOT "); }

std::string tsquery_text(const SearchQuery& query) { return rendered(query, tsquery_term, " | ", " & ", " & !"); }

}  // namespace cg::store
