// The source of "now", injected into services so expiry, reminders and lockouts can be tested
// deterministically. Must be callable from any thread.
#pragma once

#include <chrono>
#include <functional>

namespace cg::app {

using Clock = std::function<std::chrono::system_clock::time_point()>;

inline Clock system_clock() {
  return [] { return std::chrono::system_clock::now(); };
}

}  // namespace cg::app
