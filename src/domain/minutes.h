// Minutes of a meeting: written in Markdown, circulated so members can comment, then approved,
// after which they no longer change. Pure: no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cg {

enum class MinutesStatus { draft, circulated, approved };
std::string_view to_key(MinutesStatus status);
std::optional<MinutesStatus> minutes_status_from_key(std::string_view key);

// About 30 printed pages: minutes longer than that are a transcript, not minutes.
inline constexpr std::size_t kMinutesMaxCharacters = 100000;
inline constexpr std::size_t kCommentMax = 4000;
inline constexpr std::size_t kDecisionMax = 1000;

// What is wrong with this text as minutes, or nothing.
std::optional<std::string> minutes_problem(std::string_view markdown);

// Why minutes cannot move from `from` to `to`, or nothing. Draft → circulated → approved, and
// circulated minutes can go back to draft; approved minutes are final.
std::optional<std::string> minutes_move_refusal(MinutesStatus from, MinutesStatus to);

// Why minutes in `status` cannot be edited, or nothing.
std::optional<std::string> minutes_edit_refusal(MinutesStatus status);

}  // namespace cg
