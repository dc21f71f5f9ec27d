#include "app/partnership_json.h"

#include "app/json_values.h"

#include <boost/json/parse.hpp>
#include "domain/time_format.h"

namespace cg::app {
namespace {

namespace json = boost::json;

json::array strings(const std::vector<std::string>& items) {
  json::array out;
  for (const auto& item : items) out.emplace_back(item);
  return out;
}

template <typename Enum>
json::array keys(const std::vector<Enum>& items) {
  json::array out;
  for (auto item : items) out.emplace_back(to_key(item));
  return out;
}

json::value geojson(const std::optional<std::string>& stored) {
  if (!stored) return nullptr;
  boost::system::error_code ec;
  auto value = json::parse(*stored, ec);
  return ec ? json::value(nullptr) : value;  // stored only after the edge checked it
}

json::value sector_or_null(const std::optional<Sector>& sector) {
  return sector ? json::value(to_key(*sector)) : json::value(nullptr);
}

}  // namespace

json::object partnership_json(const Partnership& p) {
  const auto& f = p.fields;
  return {{"id", p.id},
          {"name", f.name},
          {"short_name", optional_json(f.short_name)},
          {"area_served", optional_json(f.area_served)},
          {"area_geojson", geojson(f.area_geojson)},
          {"focus_problems", strings(f.focus_problems)},
          {"description", optional_json(f.description)},
          {"status", to_key(f.status)},
          {"visibility", to_key(f.visibility)},
          {"review_cadence_days", f.review_cadence_days},
          {"essential_sectors", keys(f.essential_sectors)},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

json::object partnership_json(const store::PartnershipView& v) {
  auto out = partnership_json(v.partnership);
  out["active_members"] = v.active_members;
  out["my_role"] = v.my_role ? json::value(to_key(*v.my_role)) : json::value(nullptr);
  out["my_membership_id"] = optional_json(v.my_membership_id);
  return out;
}

json::object membership_json(const Membership& m) {
  json::value organization = nullptr;
  if (m.organization) {
    organization = json::object{
        {"id", m.organization->id}, {"name", m.organization->name}, {"sector", to_key(m.organization->sector)}};
  }
  return {{"id", m.id},
          {"partnership_id", m.partnership_id},
          {"user_id", optional_json(m.user_id)},
          {"person_name", optional_json(m.fields.person_name)},
          {"person_email", optional_json(m.fields.person_email)},
          {"display_name", display_name(m)},
          {"organization", organization},
          {"sector", to_key(m.sector)},
          {"sector_overridden", m.fields.sector_override.has_value()},
          {"perspectives", keys(m.fields.perspectives)},
          {"role", to_key(m.fields.role)},
          {"decision_authority", m.fields.decision_authority},
          {"listed_publicly", m.fields.listed_publicly},
          {"status", to_key(m.status)},
          {"invited_at", optional_json(m.invited_at)},
          {"invitation_expires_at", optional_json(m.invitation_expires_at)},
          {"joined_on", optional_json(m.joined_on)},
          {"ceased_on", optional_json(m.ceased_on)},
          {"ceased_reason", optional_json(m.ceased_reason)},
          {"version", m.version},
          {"created_at", m.created_at},
          {"updated_at", m.updated_at}};
}

json::object charter_version_json(const CharterVersion& v) {
  return {{"id", v.id},
          {"partnership_id", v.partnership_id},
          {"number", v.number},
          {"status", to_key(v.status)},
          {"mission", v.text.mission},
          {"vision", v.text.vision},
          {"values", strings(v.text.values)},
          {"created_by_name", optional_json(v.created_by_name)},
          {"proposed_at", optional_json(v.proposed_at)},
          {"adopted_at", optional_json(v.adopted_at)},
          {"adopted_by_name", optional_json(v.adopted_by_name)},
          {"version", v.version},
          {"created_at", v.created_at},
          {"updated_at", v.updated_at}};
}

json::object finding_json(const Finding& f) {
  return {{"code", f.code},
          {"severity", to_key(f.severity)},
          {"title", f.title},
          {"evidence", f.evidence},
          {"suggested_action", f.suggested_action},
          {"sector", sector_or_null(f.sector)},
          {"perspective", f.perspective ? json::value(to_key(*f.perspective)) : json::value(nullptr)}};
}

json::array findings_json(const std::vector<Finding>& findings) {
  json::array out;
  for (const auto& f : findings) out.push_back(finding_json(f));
  return out;
}

json::object balance_json(const BalanceReport& r, Day at) {
  json::array sectors;
  for (const auto& s : r.sectors) {
    sectors.push_back(json::object{{"sector", to_key(s.sector)},
                                   {"label", to_label(s.sector)},
                                   {"essential", s.essential},
                                   {"members", s.members},
                                   {"member_share", s.member_share},
                                   {"decision_makers", s.decision_makers},
                                   {"decision_share", s.decision_share}});
  }
  json::array perspectives;
  for (const auto& p : r.perspectives) {
    perspectives.push_back(json::object{
        {"perspective", to_key(p.perspective)}, {"label", to_label(p.perspective)}, {"members", p.members}});
  }
  return {{"at", format_date(at)},
          {"active_members", r.active_members},
          {"decision_makers", r.decision_makers},
          {"sectors", std::move(sectors)},
          {"essential_missing", keys(r.essential_missing)},
          {"concentration", json::object{{"hhi", optional_json(r.hhi)},
                                         {"shannon_normalized", optional_json(r.shannon_normalized)},
                                         {"decision_hhi", optional_json(r.decision_hhi)}}},
          {"perspectives", std::move(perspectives)},
          {"findings", findings_json(r.findings)}};
}

json::object trend_point_json(const BalanceTrendPoint& p) {
  return {{"at", format_date(p.at)},
          {"active_members", p.active_members},
          {"decision_makers", p.decision_makers},
          {"sectors_present", p.sectors_present},
          {"hhi", optional_json(p.hhi)},
          {"shannon_normalized", optional_json(p.shannon_normalized)},
          {"largest_sector", sector_or_null(p.largest_sector)},
          {"largest_share", p.largest_share}};
}

json::object responsibility_json(const store::Responsibility& r) {
  json::array assignments;
  for (const auto& a : r.assignments) {
    assignments.push_back(json::object{{"membership_id", a.membership_id}, {"note", optional_json(a.note)}});
  }
  return {{"id", r.id},
          {"partnership_id", r.partnership_id},
          {"title", r.title},
          {"description", optional_json(r.description)},
          {"assignments", std::move(assignments)},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

}  // namespace cg::app
