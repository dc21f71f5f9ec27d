#include "app/calendar_feed_service.h"

#include <boost/json.hpp>

#include "app/audit_trail.h"
#include "app/meeting_calendar.h"
#include "app/partnership_gate.h"
#include "app/plan_json.h"
#include "app/plan_review_service.h"
#include "app/plan_service.h"
#include "app/secrets.h"
#include "domain/icalendar.h"
#include "domain/plain_words.h"
#include "domain/time_format.h"
#include "store/membership_repository.h"
#include "store/plan_repository.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {
namespace {

using words::cat;

Error feed_not_found() {
  return Error::make(ErrorKind::not_found,
                     "This calendar link does not work: it may have been turned off, or its owner no longer has "
                     "access. Make a new one in CommonGround.");
}

ical::Time stamp_of(const std::string& updated_at) {
  return parse_utc(updated_at).value_or(ical::Time{});
}

std::string owners_text(const ActivityFields& f, const std::map<std::int64_t, std::string>& names) {
  std::string out;
  for (auto id : f.owner_ids) {
    if (!out.empty()) out += ", ";
    out += name_or(&names, id, "Member");
  }
  return out.empty() ? "nobody yet" : out;
}

ical::Event activity_event(const store::ActivityRecord& a, const std::string& partnership_name,
                           const std::map<std::int64_t, std::string>& names, const std::string& link) {
  const auto& f = a.fields;
  ical::Event e;
  e.uid = cat("plan-activity-", std::to_string(a.stamp.id), "@commonground");
  e.summary = cat(f.status == ActivityStatus::done ? "Done: " : "Due: ", f.title);
  e.description = cat(partnership_name, "\nStatus: ", std::string(to_key(f.status)), ", ", f.percent,
                      " %\nOwners: ", owners_text(f, names), "\n", link);
  e.url = link;
  e.when = ical::AllDay{*f.due_on};
  e.dtstamp = stamp_of(a.stamp.updated_at);
  if (f.status == ActivityStatus::cancelled) e.status = ical::EventStatus::cancelled;
  return e;
}

ical::Event review_event(std::int64_t partnership_id, const std::string& name, const ReviewSchedule& r,
                         const std::string& link, ical::Time now) {
  ical::Event e;
  e.uid = cat("plan-review-", std::to_string(partnership_id), "-", format_date(r.due_on), "@commonground");
  e.summary = cat("Plan review due: ", name);
  e.description = cat("Go through each objective, record decisions and who does what by when.\n", link);
  e.url = link;
  e.when = ical::AllDay{r.due_on};
  e.dtstamp = now;
  return e;
}

}  // namespace

Result<NewCalendarFeed> CalendarFeedService::create(const User& user, std::optional<std::int64_t> partnership_id,
                                                    const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<NewCalendarFeed> {
    if (partnership_id) {
      auto access = enter_partnership(c, *partnership_id, user, PartnershipAction::view_workspace);
      if (!access) return std::move(access).error();
    }
    const auto token = random_token();
    const auto at = format_utc(clock_());
    NewCalendarFeed out;
    out.feed = store::CalendarFeedRepository(c).insert(user.id, partnership_id, fingerprint(token), at);
    out.url = cat(public_url_, "/api/v1/calendar/", token, "/commonground.ics");
    append_audit(c, actor, at,
                 audit_change("calendar_feed.create", "calendar_feed", out.feed.id,
                              boost::json::object{{"partnership_id", partnership_id ? boost::json::value(*partnership_id)
                                                                                    : boost::json::value(nullptr)}}));
    return out;
  });
}

Result<std::vector<store::CalendarFeed>> CalendarFeedService::list(const User& user) {
  return store_.read([&](store::Connection& c) -> Result<std::vector<store::CalendarFeed>> {
    return store::CalendarFeedRepository(c).list(user.id);
  });
}

Result<Done> CalendarFeedService::revoke(const User& user, std::int64_t id, const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    const auto at = format_utc(clock_());
    if (!store::CalendarFeedRepository(c).revoke(user.id, id, at)) {
      return Error::make(ErrorKind::not_found, "You have no calendar link with that id.");
    }
    append_audit(c, actor, at, audit_change("calendar_feed.revoke", "calendar_feed", id));
    return Done{};
  });
}

Result<std::string> CalendarFeedService::render(const std::string& token) {
  return store_.read([&](store::Connection& c) -> Result<std::string> {
    auto feed = store::CalendarFeedRepository(c).find_live(fingerprint(token));
    if (!feed) return feed_not_found();
    auto user = store::UserRepository(c).find(feed->user_id);
    if (!user || user->status != UserStatus::active) return feed_not_found();
    const auto now = clock_();
    const auto today = utc_day(now);
    store::PlanRepository plan(c);
    // Past meetings stay in the calendar for three months, as people look back at them.
    const auto meetings_from = format_utc(std::chrono::sys_days{today - std::chrono::days(90)});
    ical::Calendar calendar;
    if (feed->partnership_id) {
      const auto id = *feed->partnership_id;
      auto access = enter_partnership(c, id, *user, PartnershipAction::view_workspace);
      if (!access) return feed_not_found();
      const auto& name = access->partnership().fields.name;
      const auto link = cat(public_url_, "/partnerships/", std::to_string(id), "/plan");
      calendar.name = cat(name, ": plan and meetings");
      const auto records = plan.load(id, false);
      const auto names = plan.owner_names(id);
      for (const auto& a : records.activities) {
        if (a.fields.due_on) calendar.events.push_back(activity_event(a, name, names, link));
      }
      if (auto review = next_review(c, id, access->partnership().fields.review_cadence_days, today)) {
        calendar.events.push_back(review_event(id, name, *review, link, now));
      }
      for (auto& e : meeting_events(c, id, name, public_url_, meetings_from)) calendar.events.push_back(std::move(e));
    } else {
      calendar.name = "My CommonGround tasks and meetings";
      std::map<std::int64_t, std::map<std::int64_t, std::string>> names_by_partnership;
      for (const auto& owned : plan.owned_by_user(user->id, false)) {
        const auto& a = owned.activity;
        if (!a.fields.due_on) continue;
        const auto pid = a.stamp.partnership_id;
        auto [names, fresh] = names_by_partnership.try_emplace(pid);
        if (fresh) names->second = plan.owner_names(pid);
        calendar.events.push_back(activity_event(a, owned.partnership_name, names->second,
                                                 cat(public_url_, "/partnerships/", std::to_string(pid), "/plan")));
      }
      // The meetings of every partnership this person sits at.
      for (const auto& row : c.query("SELECT p.id, p.name FROM memberships m JOIN partnerships p ON p.id = "
                                     "m.partnership_id WHERE m.user_id = $1 AND m.status = 'active' ORDER BY p.id",
                                     {user->id})) {
        for (auto& e : meeting_events(c, row.integer(0), row.text(1), public_url_, meetings_from)) {
          calendar.events.push_back(std::move(e));
        }
      }
      // Review dates of the partnerships this person leads or coordinates.
      for (const auto& row : c.query(
               "SELECT m.partnership_id, p.name, p.review_cadence_days FROM memberships m JOIN partnerships p ON p.id = "
               "m.partnership_id WHERE m.user_id = $1 AND m.status = 'active' AND m.role IN ('lead', 'coordinator')",
               {user->id})) {
        const auto pid = row.integer(0);
        if (auto review = next_review(c, pid, static_cast<int>(row.integer(2)), today)) {
          calendar.events.push_back(review_event(pid, row.text(1), *review,
                                                 cat(public_url_, "/partnerships/", std::to_string(pid), "/plan"), now));
        }
      }
    }
    return ical::render(calendar);
  });
}

}  // namespace cg::app
