#include "support/permissions_table.h"

#include <fstream>
#include <sstream>

namespace cg::testing {
namespace {

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream stream(line.substr(1));  // after the leading '|'
  std::string cell;
  while (std::getline(stream, cell, '|')) out.push_back(trim(cell));
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

std::vector<PermissionRow> read_permission_matrix(const std::string& markdown_path) {
  std::ifstream in(markdown_path);
  std::vector<PermissionRow> rows;
  std::vector<std::string> header;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("|")) {
      if (!header.empty() && !rows.empty()) break;  // the matrix ended
      continue;
    }
    auto row = cells(line);
    if (header.empty()) {
      if (row.size() > 2 && row[0] == "Case" && row[1] == "Request") header = row;
      continue;
    }
    if (row.empty() || row[0].starts_with("---")) continue;
    PermissionRow parsed;
    parsed.case_name = row[0];
    const auto space = row[1].find(' ');
    parsed.method = row[1].substr(0, space);
    parsed.path = row[1].substr(space + 1);
    for (std::size_t i = 2; i < row.size() && i < header.size(); ++i) parsed.expected[header[i]] = row[i];
    rows.push_back(std::move(parsed));
  }
  return rows;
}

}  // namespace cg::testing
