#include "domain/csv.h"

namespace cg::csv {

bool looks_like_formula(std::string_view value) {
  const auto first = value.find_first_not_of('\'');
  return first != std::string_view::npos && kFormulaStarts.find(value[first]) != std::string_view::npos;
}

std::string field(std::string_view value) {
  std::string text(value);
  if (looks_like_formula(text)) {
    text.insert(text.begin(), '\'');
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string row(const std::vector<std::string>& values) {
  std::string line;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) line += ',';
    line += field(values[i]);
  }
  return line + "\r\n";
}

}  // namespace cg::csv
