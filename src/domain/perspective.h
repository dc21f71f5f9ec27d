// Perspectives a member brings beyond their sector. The seed asks partnerships to invite critics
// from the outset; residents' and young people's own voices are the other perspectives most often
// missing from a table of agencies. Balance analysis looks for these.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace cg {

enum class Perspective {
  critic_watchdog,
  resident_voice,
  youth_voice,
  victim_advocate,
  faith_leader,
  lived_experience,
  frontline_staff,
};

struct PerspectiveInfo {
  Perspective perspective;
  std::string_view key;    // stable API value
  std::string_view label;  // plain words
};

std::span<const PerspectiveInfo> all_perspectives();
std::string_view to_key(Perspective perspective);
std::string_view to_label(Perspective perspective);
std::optional<Perspective> perspective_from_key(std::string_view key);

}  // namespace cg
