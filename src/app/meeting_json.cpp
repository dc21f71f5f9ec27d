#include "app/meeting_json.h"

#include <boost/json/array.hpp>

#include "app/plan_json.h"
#include "domain/time_format.h"

namespace cg::app {
namespace {

namespace json = boost::json;

json::value optional_text(const std::optional<std::string>& text) {
  return text ? json::value(*text) : json::value(nullptr);
}

json::value optional_number(const std::optional<int>& n) { return n ? json::value(*n) : json::value(nullptr); }

json::value recurrence_json(const std::optional<Recurrence>& r) {
  if (!r) return nullptr;
  return json::object{{"kind", to_key(r->kind)},
                      {"interval", r->interval},
                      {"last_weekday", r->last_weekday},
                      {"until", r->until ? json::value(format_date(*r->until)) : json::value(nullptr)},
                      {"count", optional_number(r->count)}};
}

json::object tally_json(const Tally& t) {
  const auto share = t.share();
  return {{"count", t.count}, {"of", t.of}, {"share", share ? json::value(*share) : json::value(nullptr)}};
}

json::value name_of(const std::map<std::int64_t, std::string>& names, std::int64_t id) {
  auto found = names.find(id);
  return found == names.end() ? json::value(nullptr) : json::value(found->second);
}

}  // namespace

json::object rsvp_tallies_json(const store::MeetingTallies& t) {
  return {{"yes", t.yes}, {"no", t.no}, {"maybe", t.maybe}};
}

json::object meeting_json(const MeetingSummary& s) {
  const auto& m = s.record;
  const auto& f = m.fields;
  json::array sectors;
  for (auto sector : s.tallies.sectors_present) sectors.push_back(json::value(to_key(sector)));
  return {{"id", m.id},
          {"partnership_id", m.partnership_id},
          {"series_id", m.series_id ? json::value(*m.series_id) : json::value(nullptr)},
          {"title", f.title},
          {"kind", to_key(f.kind)},
          {"description", optional_text(f.description)},
          {"starts_at", m.starts_at},
          {"ends_at", m.ends_at},
          {"time_zone", f.time_zone},
          {"local", json::object{{"date", format_date(f.starts.day)},
                                 {"starts", format_clock(f.starts.minute)},
                                 {"end_date", format_date(f.ends.day)},
                                 {"ends", format_clock(f.ends.minute)}}},
          {"place", optional_text(f.place)},
          {"online_link", optional_text(f.online_link)},
          {"visibility", to_key(f.visibility)},
          {"capacity", optional_number(f.capacity)},
          {"status", to_key(m.status)},
          {"cancel_reason", optional_text(m.cancel_reason)},
          {"recurrence", recurrence_json(s.recurrence)},
          {"rsvps", rsvp_tallies_json(s.tallies)},
          {"my_rsvp", s.my_rsvp ? json::value(to_key(*s.my_rsvp)) : json::value(nullptr)},
          {"attendance", json::object{{"taken", m.attendance_taken_at.has_value()},
                                      {"present", s.tallies.present},
                                      {"absent", s.tallies.absent},
                                      {"excused", s.tallies.excused},
                                      {"seats", s.seats},
                                      {"guests", m.guests},
                                      {"sectors_present", std::move(sectors)}}},
          {"agenda_items", s.tallies.agenda_items},
          {"version", m.version},
          {"created_at", m.created_at},
          {"updated_at", m.updated_at}};
}

json::object agenda_item_json(const store::AgendaItemRecord& item, const std::optional<std::string>& proposer) {
  return {{"id", item.id},
          {"title", item.fields.title},
          {"notes", optional_text(item.fields.notes)},
          {"minutes", optional_number(item.fields.minutes)},
          {"status", to_key(item.status)},
          {"position", item.position},
          {"proposed_by", item.proposed_by ? json::value(json::object{{"membership_id", *item.proposed_by},
                                                                      {"display_name", optional_text(proposer)}})
                                           : json::value(nullptr)},
          {"version", item.version},
          {"created_at", item.created_at}};
}

json::object meeting_detail_json(const MeetingDetail& d) {
  auto out = meeting_json(d.summary);
  json::array agenda, rsvps, roll;
  for (const auto& item : d.agenda) {
    std::optional<std::string> proposer;
    if (item.proposed_by) {
      if (auto found = d.names.find(*item.proposed_by); found != d.names.end()) proposer = found->second;
    }
    agenda.push_back(agenda_item_json(item, proposer));
  }
  for (const auto& r : d.rsvps) {
    rsvps.push_back(json::object{{"membership_id", r.membership_id},
                                 {"display_name", name_of(d.names, r.membership_id)},
                                 {"answer", to_key(r.answer)}});
  }
  for (const auto& e : d.roll) {
    roll.push_back(json::object{{"membership_id", e.membership_id},
                                {"display_name", e.display_name},
                                {"organization", optional_text(e.organization)},
                                {"sector", to_key(e.sector)},
                                {"role", to_key(e.role)},
                                {"status", e.status ? json::value(to_key(*e.status)) : json::value(nullptr)}});
  }
  out["agenda"] = std::move(agenda);
  out["rsvp_list"] = std::move(rsvps);
  out["roll"] = std::move(roll);
  return out;
}

json::object outcome_json(const MeetingOutcome& o, Day today) {
  json::value minutes = nullptr;
  if (o.minutes) {
    const auto& m = *o.minutes;
    minutes = json::object{{"markdown", m.body},
                           {"html", o.html},
                           {"status", to_key(m.status)},
                           {"version", m.version},
                           {"updated_at", m.updated_at},
                           {"approved_at", optional_text(m.approved_at)}};
  }
  json::array comments, decisions, action_items;
  for (const auto& c : o.comments) {
    comments.push_back(json::object{{"id", c.id},
                                    {"membership_id", c.membership_id},
                                    {"display_name", name_of(o.member_names, c.membership_id)},
                                    {"body", c.body},
                                    {"created_at", c.created_at}});
  }
  for (const auto& d : o.decisions) {
    decisions.push_back(json::object{{"id", d.id}, {"text", d.body}, {"created_at", d.created_at}});
  }
  const PlanNames names{&o.member_names, &o.organization_names};
  for (const auto& a : o.action_items) action_items.push_back(activity_json(a, names, today));
  return {{"minutes", std::move(minutes)},
          {"comments", std::move(comments)},
          {"decisions", std::move(decisions)},
          {"action_items", std::move(action_items)}};
}

json::object engagement_json(const EngagementReport& e) {
  const auto& t = e.thresholds;
  const auto& r = e.report;
  json::array members, organizations, months, sectors, alerts;
  for (const auto& m : r.members) {
    members.push_back(json::object{
        {"membership_id", m.membership_id},
        {"display_name", name_of(e.names, m.membership_id)},
        {"attendance", tally_json(m.attendance)},
        {"excused", m.excused},
        {"rsvps_kept", tally_json(m.rsvps_kept)},
        {"on_time", tally_json(m.on_time)},
        {"overdue", m.overdue},
        {"agenda_items", m.agenda_items},
        {"ideas", m.ideas},
        {"comments", m.comments},
        {"last_present", m.last_present ? json::value(format_date(*m.last_present)) : json::value(nullptr)}});
  }
  for (const auto& o : r.organizations) {
    organizations.push_back(json::object{{"organization_id", o.organization_id},
                                         {"name", o.name},
                                         {"members", o.members},
                                         {"attendance", tally_json(o.attendance)},
                                         {"on_time", tally_json(o.on_time)},
                                         {"contributions", o.contributions}});
  }
  for (const auto& m : r.months) {
    const auto first = std::chrono::sys_days{m.month / 1};
    months.push_back(json::object{{"month", format_date(first).substr(0, 7)},
                                  {"meetings", m.meetings},
                                  {"seats_filled", tally_json(m.seats_filled)},
                                  {"contributions", m.contributions},
                                  {"contributors", m.contributors}});
  }
  for (const auto& s : r.sectors) {
    sectors.push_back(json::object{{"sector", to_key(s.sector)}, {"meetings", tally_json(s.meetings)}});
  }
  for (const auto& a : r.alerts) {
    alerts.push_back(json::object{
        {"kind", to_key(a.kind)},
        {"membership_id", a.membership_id ? json::value(*a.membership_id) : json::value(nullptr)},
        {"organization_id", a.organization_id ? json::value(*a.organization_id) : json::value(nullptr)},
        {"sector", a.sector ? json::value(to_key(*a.sector)) : json::value(nullptr)},
        {"title", a.title},
        {"evidence", a.evidence},
        {"suggestion", a.suggestion}});
  }
  return {{"thresholds", json::object{{"recent_meetings", t.recent_meetings},
                                      {"missed_in_a_row", t.missed_in_a_row},
                                      {"quarter_days", t.quarter_days},
                                      {"drop_ratio", t.drop_ratio},
                                      {"min_meetings_per_quarter", t.min_meetings_per_quarter},
                                      {"trend_months", t.trend_months}}},
          {"members", std::move(members)},
          {"organizations", std::move(organizations)},
          {"months", std::move(months)},
          {"sectors", std::move(sectors)},
          {"alerts", std::move(alerts)}};
}

}  // namespace cg::app
