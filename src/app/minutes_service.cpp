#include "app/minutes_service.h"

#include <boost/json/object.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/meeting_gate.h"
#include "app/notices.h"
#include "domain/markdown.h"
#include "domain/membership.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/meeting_repository.h"
#include "store/membership_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

MeetingOutcome record_of(store::Connection& c, std::int64_t partnership_id, std::int64_t meeting_id) {
  store::MinutesRepository repo(c);
  store::PlanRepository plan(c);
  MeetingOutcome out;
  out.minutes = repo.find(meeting_id);
  if (out.minutes) out.html = markdown_to_html(out.minutes->body);
  out.comments = repo.comments(meeting_id);
  out.decisions = repo.decisions(meeting_id);
  for (auto id : repo.action_item_ids(meeting_id)) {
    if (auto activity = plan.find_activity(partnership_id, id)) out.action_items.push_back(std::move(*activity));
  }
  out.member_names = plan.owner_names(partnership_id);
  for (const auto& m : store::MembershipRepository(c).seated_ever(partnership_id)) {
    out.member_names.try_emplace(m.id, display_name(m));
  }
  out.organization_names = plan.organization_names(partnership_id);
  return out;
}

Result<std::string> checked_text(std::string text, std::size_t max, const char* field) {
  text = text::trim(text);
  if (auto problem = text::check_text(text, 1, max, text::Lines::multi)) return Error::invalid_field(field, *problem);
  return text;
}

}  // namespace

Result<MeetingOutcome> MinutesService::get(std::int64_t partnership_id, std::int64_t meeting_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<MeetingOutcome> {
    if (auto access = enter_meeting(c, partnership_id, meeting_id, viewer, PartnershipAction::view_workspace); !access) {
      return std::move(access).error();
    }
    return record_of(c, partnership_id, meeting_id);
  });
}

Result<MeetingOutcome> MinutesService::write(std::int64_t partnership_id, std::int64_t meeting_id,
                                            std::optional<std::int64_t> based_on, std::string markdown, const User& by,
                                            const Actor& actor) {
  if (auto problem = minutes_problem(markdown)) return Error::invalid_field("markdown", *problem);
  return store_.write([&](store::Connection& c) -> Result<MeetingOutcome> {
    if (auto access = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::run_meetings); !access) {
      return std::move(access).error();
    }
    store::MinutesRepository repo(c);
    const auto now = format_utc(clock_());
    if (auto current = repo.find(meeting_id)) {
      if (auto refusal = minutes_edit_refusal(current->status)) return Error::make(ErrorKind::conflict, *refusal);
      if (!based_on) return version_required();
      if (!repo.update(meeting_id, *based_on, markdown, by.id, now)) return edited_by_someone_else("these minutes");
    } else {
      repo.insert(meeting_id, markdown, by.id, now);
    }
    append_audit(c, actor, now,
                 audit_change("meeting.minutes.write", "meeting", meeting_id,
                              boost::json::object{{"characters", static_cast<std::int64_t>(markdown.size())}}));
    return record_of(c, partnership_id, meeting_id);
  });
}

Result<MeetingOutcome> MinutesService::move(std::int64_t partnership_id, std::int64_t meeting_id, MinutesStatus to,
                                           const User& by, const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<MeetingOutcome> {
    auto entered = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::run_meetings);
    if (!entered) return std::move(entered).error();
    store::MinutesRepository repo(c);
    auto current = repo.find(meeting_id);
    if (!current) return Error::make(ErrorKind::conflict, "Write the minutes before circulating or approving them.");
    if (auto refusal = minutes_move_refusal(current->status, to)) return Error::make(ErrorKind::conflict, *refusal);
    const auto now = format_utc(clock_());
    repo.set_status(meeting_id, to, by.id, now);
    append_audit(c, actor, now,
                 audit_change("meeting.minutes." + std::string(to_key(to)), "meeting", meeting_id, std::nullopt));
    if (to == MinutesStatus::circulated) {
      notify(c,
             meeting_notice(entered->meeting, NotificationKind::minutes_circulated,
                            "The minutes are ready for your comments before they are approved."),
             people_at_the_table(c, partnership_id, by.id), now);
    }
    return record_of(c, partnership_id, meeting_id);
  });
}

Result<MeetingOutcome> MinutesService::comment(std::int64_t partnership_id, std::int64_t meeting_id, std::string body,
                                              const User& by) {
  auto text = checked_text(std::move(body), kCommentMax, "body");
  if (!text) return std::move(text).error();
  return store_.write([&](store::Connection& c) -> Result<MeetingOutcome> {
    auto entered = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::propose_agenda);
    if (!entered) return std::move(entered).error();
    const auto seat = entered->partnership.my_seat();
    if (!seat) return Error::make(ErrorKind::forbidden, "Only members of this partnership comment on its minutes.");
    store::MinutesRepository repo(c);
    auto current = repo.find(meeting_id);
    if (!current || current->status != MinutesStatus::circulated) {
      return Error::make(ErrorKind::conflict, "Comments are open while the minutes are circulated.");
    }
    repo.add_comment(meeting_id, *seat, *text, format_utc(clock_()));
    return record_of(c, partnership_id, meeting_id);
  });
}

Result<MeetingOutcome> MinutesService::decide(std::int64_t partnership_id, std::int64_t meeting_id, std::string body,
                                             const User& by, const Actor& actor) {
  auto text = checked_text(std::move(body), kDecisionMax, "text");
  if (!text) return std::move(text).error();
  return store_.write([&](store::Connection& c) -> Result<MeetingOutcome> {
    if (auto access = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::run_meetings); !access) {
      return std::move(access).error();
    }
    const auto now = format_utc(clock_());
    const auto decision = store::MinutesRepository(c).add_decision(meeting_id, *text, by.id, now);
    append_audit(c, actor, now,
                 audit_change("meeting.decision", "meeting", meeting_id,
                              boost::json::object{{"decision_id", decision.id}, {"text", decision.body}}));
    return record_of(c, partnership_id, meeting_id);
  });
}

Result<Done> MinutesService::remove_decision(std::int64_t partnership_id, std::int64_t meeting_id, std::int64_t id,
                                             const User& by) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    if (auto access = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::run_meetings); !access) {
      return std::move(access).error();
    }
    if (!store::MinutesRepository(c).remove_decision(meeting_id, id)) {
      return Error::make(ErrorKind::not_found, "There is no decision with id " + std::to_string(id) + " on this meeting.");
    }
    return Done{};
  });
}

}  // namespace cg::app
