#include "domain/perspective.h"

#include <array>

#include "domain/key_table.h"

namespace cg {
namespace {

constexpr std::array kPerspectives = {
    PerspectiveInfo{Perspective::critic_watchdog, "critic_watchdog", "Critic or watchdog"},
    PerspectiveInfo{Perspective::resident_voice, "resident_voice", "Resident voice"},
    PerspectiveInfo{Perspective::youth_voice, "youth_voice", "Youth voice"},
    PerspectiveInfo{Perspective::victim_advocate, "victim_advocate", "Victim advocate"},
    PerspectiveInfo{Perspective::faith_leader, "faith_leader", "Faith leader"},
    PerspectiveInfo{Perspective::lived_experience, "lived_experience", "Lived experience"},
    PerspectiveInfo{Perspective::frontline_staff, "frontline_staff", "Front-line staff"},
};

const PerspectiveInfo& info(Perspective perspective) {
  return info_for<PerspectiveInfo>(kPerspectives, perspective, &PerspectiveInfo::perspective);
}

}  // namespace

std::span<const PerspectiveInfo> all_perspectives() { return kPerspectives; }
std::string_view to_key(Perspective perspective) { return info(perspective).key; }
std::string_view to_label(Perspective perspective) { return info(perspective).label; }

std::optional<Perspective> perspective_from_key(std::string_view key) {
  return enum_from_key<PerspectiveInfo>(kPerspectives, key, &PerspectiveInfo::perspective);
}

}  // namespace cg
