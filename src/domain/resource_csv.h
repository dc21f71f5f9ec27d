// The clearinghouse library in and out of spreadsheets: one resource a row, in the columns below
// (lists such as authors and topics separated by ";", since authors' names hold commas). Reading
// turns each row into a ResourceDescription or names its problems by line and column; checking
// the fields themselves (lengths, links, known topics) is left to `checked` in resource.h. Pure.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "domain/csv_reader.h"
#include "domain/resource.h"

namespace cg::resource_csv {

inline constexpr std::array<std::string_view, 10> kColumns = {
    "title", "type", "summary", "link", "publisher", "authors", "audience", "topics", "year", "evidence"};

struct Row {
  int line = 0;
  ResourceDescription fields;
};

struct ParsedLibrary {
  std::vector<Row> rows;
  // In line order. A row whose type, year or rating cannot be read is still in `rows` (with the
  // default in its place), so the fields' own checks can report the rest of its problems at once.
  std::vector<csv::LineError> errors;
};

// Needs a header row naming title, type and summary; the other columns may be left out.
ParsedLibrary parse(std::string_view text);

std::string header();
std::string row(const ResourceDescription& resource);

}  // namespace cg::resource_csv
