#include "app/engagement_service.h"

#include <boost/json/object.hpp>

#include "app/audit_trail.h"
#include "app/partnership_gate.h"
#include "domain/time_format.h"
#include "store/discussion_repository.h"
#include "store/engagement_threshold_repository.h"
#include "store/meeting_repository.h"
#include "store/membership_repository.h"
#include "store/minutes_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

CommitmentFacts facts_of(store::Connection& c, std::int64_t partnership_id, const std::string& now,
                         std::map<std::int64_t, std::string>& names) {
  CommitmentFacts facts;
  for (const auto& m : store::MembershipRepository(c).seated_ever(partnership_id)) {
    const auto joined = joined_day(m);
    if (!joined) continue;
    CommitmentMember member;
    member.membership_id = m.id;
    member.name = display_name(m);
    if (m.organization) {
      member.organization_id = m.organization->id;
      member.organization_name = m.organization->name;
    }
    member.sector = m.sector;
    member.joined_on = *joined;
    member.left_on = ceased_day(m);
    names.emplace(m.id, member.name);
    facts.members.push_back(std::move(member));
  }
  store::MeetingRepository meetings(c);
  for (const auto& m : meetings.held_with_attendance(partnership_id, now)) {
    facts.meetings.push_back({m.id, m.fields.starts.day});
  }
  for (const auto& a : meetings.partnership_attendance(partnership_id)) {
    facts.attendance.push_back({a.meeting_id, a.membership_id, a.status, a.sector});
  }
  for (const auto& r : meetings.partnership_rsvps(partnership_id)) {
    facts.rsvps.push_back({r.meeting_id, r.membership_id, r.answer});
  }
  for (const auto& item : store::MinutesRepository(c).owned_action_items(partnership_id)) {
    std::optional<Day> done_on;
    if (item.done_at) {
      if (auto at = parse_utc(*item.done_at)) done_on = utc_day(*at);
    }
    facts.action_items.push_back({item.membership_id, item.due_on, done_on, item.cancelled});
  }
  for (const auto& [membership_id, at] : meetings.agenda_proposals(partnership_id)) {
    if (auto when = parse_utc(at)) facts.contributions.push_back({membership_id, utc_day(*when), ContributionKind::agenda_item});
  }
  // Ideas and threads count as ideas; anonymous ideas are nobody's and are not counted.
  for (const auto& said : store::DiscussionRepository(c).contributions(partnership_id)) {
    if (auto when = parse_utc(said.created_at)) {
      facts.contributions.push_back({said.membership_id, utc_day(*when),
                                     said.comment ? ContributionKind::comment : ContributionKind::idea});
    }
  }
  return facts;
}

EngagementReport report_of(store::Connection& c, std::int64_t partnership_id,
                           std::chrono::system_clock::time_point now) {
  EngagementReport out;
  out.thresholds = store::EngagementThresholdRepository(c).find(partnership_id).value_or(CommitmentThresholds{});
  const auto facts = facts_of(c, partnership_id, format_utc(now), out.names);
  out.report = measure_commitment(facts, utc_day(now), out.thresholds);
  return out;
}

}  // namespace

Result<EngagementReport> EngagementService::report(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<EngagementReport> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_engagement);
    if (!access) return std::move(access).error();
    return report_of(c, partnership_id, clock_());
  });
}

Result<EngagementReport> EngagementService::set_thresholds(std::int64_t partnership_id,
                                                           CommitmentThresholds thresholds, const User& by,
                                                           const Actor& actor) {
  if (auto errors = validate(thresholds); !errors.empty()) return Error::invalid(std::move(errors));
  return store_.write([&](store::Connection& c) -> Result<EngagementReport> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::view_engagement);
    if (!access) return std::move(access).error();
    const auto now = clock_();
    store::EngagementThresholdRepository(c).save(partnership_id, thresholds, format_utc(now));
    append_audit(c, actor, format_utc(now),
                 audit_change("engagement.thresholds", "partnership", partnership_id,
                              boost::json::object{{"missed_in_a_row", thresholds.missed_in_a_row},
                                                  {"drop_ratio", thresholds.drop_ratio},
                                                  {"recent_meetings", thresholds.recent_meetings}}));
    return report_of(c, partnership_id, now);
  });
}

}  // namespace cg::app
