#include "http/routes/audit_routes.h"

#include <boost/json.hpp>
#include <charconv>

#include "domain/csv.h"
#include "domain/time_format.h"
#include "http/json_io.h"
#include "http/problem.h"
#include "store/audit_repository.h"
#include "store/store.h"

namespace cg::http {
namespace {

namespace json = boost::json;

constexpr int kMaxPage = 200;
constexpr int kExportBatch = 1000;
constexpr std::size_t kMaxExportRows = 100'000;

std::optional<std::int64_t> whole_number(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

Result<store::AuditFilter> decode_filter(const Request& request, bool paged) {
  auto errors = paged ? unknown_query_params(request, {"actor_user_id", "action", "outcome", "from", "until", "before", "limit"})
                      : unknown_query_params(request, {"actor_user_id", "action", "outcome", "from", "until"});
  store::AuditFilter filter;
  for (const auto& [name, value] : request.query) {
    if (name == "actor_user_id" || name == "before") {
      const auto number = whole_number(value);
      if (!number || *number < 1) {
        errors.push_back({name, "Must be a positive whole number."});
      } else if (name == "actor_user_id") {
        filter.actor_user_id = number;
      } else {
        filter.before_id = number;
      }
    } else if (name == "limit") {
      const auto number = whole_number(value);
      if (!number || *number < 1 || *number > kMaxPage) {
        errors.push_back({"limit", "Must be a whole number between 1 and " + std::to_string(kMaxPage) + "."});
      } else {
        filter.limit = static_cast<int>(*number);
      }
    } else if (name == "from" || name == "until") {
      if (!parse_utc(value)) {
        errors.push_back({name, "Must be a UTC time like 2026-03-01T00:00:00.000Z."});
      } else if (name == "from") {
        filter.from = value;
      } else {
        filter.until = value;
      }
    } else if (name == "action" || name == "outcome") {
      if (value.empty() || value.size() > 100) {
        errors.push_back({name, "Must be between 1 and 100 characters."});
      } else if (name == "action") {
        filter.action_prefix = value;
      } else {
        filter.outcome = value;
      }
    }
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return filter;
}

json::value nullable(const std::optional<std::string>& value) {
  return value ? json::value(*value) : json::value(nullptr);
}

json::object event_json(const store::AuditEvent& e) {
  return {{"id", e.id},
          {"at", e.at},
          {"actor_user_id", e.actor_user_id ? json::value(*e.actor_user_id) : json::value(nullptr)},
          {"actor_email", nullable(e.actor_email)},
          {"action", e.action},
          {"target_type", nullable(e.target_type)},
          {"target_id", nullable(e.target_id)},
          {"source_address", nullable(e.source_address)},
          {"outcome", e.outcome},
          {"before", e.before_json ? json::parse(*e.before_json) : json::value(nullptr)},
          {"after", e.after_json ? json::parse(*e.after_json) : json::value(nullptr)},
          {"request_id", nullable(e.request_id)}};
}

std::vector<std::string> csv_cells(const store::AuditEvent& e) {
  return {std::to_string(e.id),
          e.at,
          e.actor_user_id ? std::to_string(*e.actor_user_id) : "",
          e.actor_email.value_or(""),
          e.action,
          e.target_type.value_or(""),
          e.target_id.value_or(""),
          e.source_address.value_or(""),
          e.outcome,
          e.before_json.value_or(""),
          e.after_json.value_or(""),
          e.request_id.value_or("")};
}

}  // namespace

void add_audit_routes(Router& router, store::Store& store, const Authentication& auth) {
  router.add("GET", "/api/v1/audit-events", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::read_audit_trail);
    if (!who) return problem_response(who.error(), request);
    auto filter = decode_filter(request, true);
    if (!filter) return problem_response(filter.error(), request);
    const int limit = filter->limit;
    filter->limit = limit + 1;  // one extra row tells whether another page exists
    auto events = store.read([&](store::Connection& c) { return store::AuditRepository(c).list(*filter); });
    json::value next = nullptr;
    if (events.size() > static_cast<std::size_t>(limit)) {
      events.resize(static_cast<std::size_t>(limit));
      next = std::to_string(events.back().id);
    }
    json::array items;
    for (const auto& e : events) items.push_back(event_json(e));
    return json_response(200, json::object{{"items", std::move(items)}, {"next", next}});
  });

  router.add("GET", "/api/v1/audit-events/export", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::read_audit_trail);
    if (!who) return problem_response(who.error(), request);
    auto filter = decode_filter(request, false);
    if (!filter) return problem_response(filter.error(), request);
    Response response;
    response.body = csv::row({"id", "at", "actor_user_id", "actor_email", "action", "target_type", "target_id",
                              "source_address", "outcome", "before", "after", "request_id"});
    filter->limit = kExportBatch;
    std::size_t rows = 0;
    bool truncated = false;
    for (;;) {
      const auto batch = store.read([&](store::Connection& c) { return store::AuditRepository(c).list(*filter); });
      for (const auto& e : batch) response.body += csv::row(csv_cells(e));
      rows += batch.size();
      if (batch.size() < static_cast<std::size_t>(kExportBatch)) break;
      if (rows >= kMaxExportRows) {
        truncated = true;  // said in a header: narrow the time range with from/until for the rest
        break;
      }
      filter->before_id = batch.back().id;
    }
    response.set_header("Content-Type", "text/csv; charset=utf-8");
    if (truncated) response.set_header("X-Export-Truncated", "newest " + std::to_string(kMaxExportRows) + " rows");
    response.set_header("Content-Disposition", "attachment; filename=\"commonground-audit-events.csv\"");
    return response;
  });
}

}  // namespace cg::http
