// The partnership's open discussion: ideas and threads any member can start, comment on and
// support; coordinators move ideas along (under consideration, adopted, declined with a reason)
// and hide what breaks the table's rules, never their own words. Members may also hand an idea to
// the coordinators anonymously: then nothing stored says who wrote it (see anonymous_stamp).
// Pure: no I/O.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

namespace cg {

enum class DiscussionKind { idea, thread };
std::string_view to_key(DiscussionKind kind);
std::optional<DiscussionKind> discussion_kind_from_key(std::string_view key);

enum class DiscussionStatus { open, under_consideration, adopted, declined };
std::string_view to_key(DiscussionStatus status);
std::optional<DiscussionStatus> discussion_status_from_key(std::string_view key);
// In plain words, for messages: "under consideration".
std::string_view discussion_status_label(DiscussionStatus status);

// Fixed reasons, so a report says what is wrong without starting a second argument.
enum class ReportReason { disrespectful, personal_information, off_topic, spam, threatening };
std::string_view to_key(ReportReason reason);
std::optional<ReportReason> report_reason_from_key(std::string_view key);

inline constexpr std::size_t kDiscussionTitleMax = 200;
inline constexpr std::size_t kDiscussionBodyMax = 10000;
inline constexpr std::size_t kDiscussionCommentMax = 4000;
inline constexpr std::size_t kStatusReasonMax = 1000;

struct DiscussionFields {
  DiscussionKind kind = DiscussionKind::thread;
  std::string title;
  std::string body;
  bool anonymous = false;  // ideas only: to the coordinators, with no author stored
};

// The fields trimmed and checked; errors name `title`, `body` and `anonymous`.
Result<DiscussionFields> checked(DiscussionFields fields);

// Why an item cannot move to `to` (with `reason`), or nothing. A decline needs a reason, so the
// person who raised it learns why; adopted and declined ideas are settled but can be reopened.
std::optional<std::string> status_refusal(DiscussionStatus from, DiscussionStatus to,
                                          const std::optional<std::string>& reason);

// Coordinators hide content that breaks the table's rules, but never their own: someone else has
// to judge that. `own` is whether the coordinator wrote it.
std::optional<std::string> hide_refusal(bool own, bool already_hidden);

// The time stored for an anonymous idea: the start of its UTC day. An exact time could be matched
// against the moments a member was active (sessions, other posts) and so name them.
std::chrono::sys_seconds anonymous_stamp(std::chrono::sys_seconds now);

}  // namespace cg
