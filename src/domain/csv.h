// Writing CSV (RFC 4180) that spreadsheets open safely: fields with commas, quotes or line breaks
// are quoted, and a field that starts with = + - @ (or a tab or carriage return) gets a leading
// apostrophe so Excel and LibreOffice show it as text instead of running it as a formula.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cg::csv {

// Spreadsheets run a cell starting with one of these as a formula.
inline constexpr std::string_view kFormulaStarts = "=+-@\t\r";

// True for a value that field() protects with a leading apostrophe: one that starts with a
// formula sign, possibly after apostrophes. Counting the apostrophes in makes the protection
// reversible: csv_reader's unprotect removes exactly the one field() added.
bool looks_like_formula(std::string_view value);

std::string field(std::string_view value);

// One line, fields separated by commas, ending in CRLF.
std::string row(const std::vector<std::string>& values);

}  // namespace cg::csv
