#include "domain/discussion.h"

#include "domain/key_table.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::pair<DiscussionKind, std::string_view> kKinds[] = {{DiscussionKind::idea, "idea"},
                                                                  {DiscussionKind::thread, "thread"}};
constexpr std::pair<DiscussionStatus, std::string_view> kStatuses[] = {
    {DiscussionStatus::open, "open"},
    {DiscussionStatus::under_consideration, "under_consideration"},
    {DiscussionStatus::adopted, "adopted"},
    {DiscussionStatus::declined, "declined"}};
constexpr std::pair<ReportReason, std::string_view> kReasons[] = {
    {ReportReason::disrespectful, "disrespectful"},
    {ReportReason::personal_information, "personal_information"},
    {ReportReason::off_topic, "off_topic"},
    {ReportReason::spam, "spam"},
    {ReportReason::threatening, "threatening"}};

}  // namespace

std::string_view to_key(DiscussionKind kind) { return key_of(kKinds, kind); }
std::optional<DiscussionKind> discussion_kind_from_key(std::string_view key) { return from_key(kKinds, key); }
std::string_view to_key(DiscussionStatus status) { return key_of(kStatuses, status); }
std::optional<DiscussionStatus> discussion_status_from_key(std::string_view key) { return from_key(kStatuses, key); }
std::string_view discussion_status_label(DiscussionStatus status) {
  switch (status) {
    case DiscussionStatus::open: return "open";
    case DiscussionStatus::under_consideration: return "under consideration";
    case DiscussionStatus::adopted: return "adopted";
    case DiscussionStatus::declined: return "declined";
  }
  return "open";
}

std::string_view to_key(ReportReason reason) { return key_of(kReasons, reason); }
std::optional<ReportReason> report_reason_from_key(std::string_view key) { return from_key(kReasons, key); }

Result<DiscussionFields> checked(DiscussionFields f) {
  std::vector<FieldError> errors;
  f.title = text::trim(f.title);
  f.body = text::trim(f.body);
  if (auto problem = text::check_text(f.title, 1, kDiscussionTitleMax, text::Lines::single)) {
    errors.push_back({"title", *problem});
  }
  if (auto problem = text::check_text(f.body, 0, kDiscussionBodyMax, text::Lines::multi)) {
    errors.push_back({"body", *problem});
  }
  if (f.anonymous && f.kind != DiscussionKind::idea) {
    errors.push_back({"anonymous", "Only ideas can be sent anonymously; a thread is a conversation with names."});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

std::optional<std::string> status_refusal(DiscussionStatus from, DiscussionStatus to,
                                          const std::optional<std::string>& reason) {
  if (from == to) return "It is already " + std::string(to_key(to)) + ".";
  if (to == DiscussionStatus::declined && !reason) {
    return "Say why it is declined: the person who raised it deserves an answer.";
  }
  return std::nullopt;
}

std::optional<std::string> hide_refusal(bool own, bool already_hidden) {
  if (own) return "You cannot hide your own words; ask another coordinator or a lead to judge them.";
  if (already_hidden) return "This is already hidden.";
  return std::nullopt;
}

std::chrono::sys_seconds anonymous_stamp(std::chrono::sys_seconds now) {
  return std::chrono::floor<std::chrono::days>(now);
}

}  // namespace cg
