// Removing repeats from short lists (owners, participants, perspectives) while keeping the order
// people gave them in.
#pragma once

#include <algorithm>
#include <vector>

namespace cg {

template <typename T>
std::vector<T> without_repeats(const std::vector<T>& values) {
  std::vector<T> out;
  for (const auto& v : values) {
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  }
  return out;
}

}  // namespace cg
