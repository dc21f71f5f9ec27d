// Building the sentences that findings and messages are made of, e.g. "12 of 30 members (40 %)".
#pragma once

#include <string>
#include <string_view>

namespace cg::words {

inline void append(std::string& out, std::string_view part) { out += part; }
inline void append(std::string& out, int number) { out += std::to_string(number); }
inline void append(std::string& out, std::size_t number) { out += std::to_string(number); }

// Builds text piecewise: `"literal" + std::to_string(n)` trips a false -Wrestrict in GCC 12 at -O2.
template <typename... Parts>
std::string cat(const Parts&... parts) {
  std::string out;
  (append(out, parts), ...);
  return out;
}

// A share 0..1 as a whole percentage: "40 %".
std::string percent(double share);

// "1 activity", "3 activities".
std::string count_of(int n, std::string_view singular, std::string_view plural);

}  // namespace cg::words
