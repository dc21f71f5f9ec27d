#include "domain/plain_words.h"

#include <cmath>

namespace cg::words {

std::string percent(double share) { return cat(static_cast<int>(std::lround(share * 100)), " %"); }

std::string count_of(int n, std::string_view singular, std::string_view plural) {
  return cat(n, " ", n == 1 ? singular : plural);
}

}  // namespace cg::words
