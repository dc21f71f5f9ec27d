// A parsed search in each engine's own language: an FTS5 MATCH expression for SQLite and a
// to_tsquery text for PostgreSQL. Words reach here as letters and digits only (see
// domain/search_query.h), so quoting them is enough to keep the engines' operators out.
#pragma once

#include <string>

#include "domain/search_query.h"

namespace cg::store {

// e.g. ("youth" OR "schools") AND "gun violence" NOT "gangs"*
std::string fts5_match(const SearchQuery& query);

// e.g. ('youth' | 'schools') & 'gun' <-> 'violence' & !'gangs':*
std::string tsquery_text(const SearchQuery& query);

}  // namespace cg::store
