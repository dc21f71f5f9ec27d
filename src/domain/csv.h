// Writing CSV (RFC 4180) that spreadsheets open safely: fields with commas, quotes or line breaks
// are quoted, and a field that starts with = + - @ (or a tab or carriage return) gets a leading
// apostrophe so Excel and LibreOffice show it as text instead of running it as a formula.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cg::csv {

std::string field(std::string_view value);

// One line, fields separated by commas, ending in CRLF.
std::string row(const std::vector<std::string>& values);

}  // namespace cg::csv
