#include "http/routes/meeting_routes.h"

#include <boost/json.hpp>

#include "app/meeting_json.h"
#include "domain/time_format.h"
#include "http/routes/json_lists.h"
#include "http/routes/route_support.h"
#include "http/routes/versioned_patch.h"

namespace cg::http {
namespace {

namespace json = boost::json;

std::string meeting_path(std::string_view rest = "") {
  std::string out = "/api/v1/partnerships/{id}/meetings";
  out += rest;
  return out;
}

// "18:30" from member `name`, or an error naming it.
std::optional<int> read_clock(JsonFields& in, std::string_view name, bool required) {
  auto raw = required ? in.required_string(name) : in.optional_string(name);
  if (!raw) return std::nullopt;
  auto minute = parse_clock(*raw);
  if (!minute) in.add(name, "Enter a time of day as HH:MM on a 24-hour clock, e.g. 18:30.");
  return minute;
}

// A date member: absent or null gives nothing (an error when `required`).
std::optional<Day> read_day(JsonFields& in, const json::object& body, std::string_view name, bool required) {
  auto day = in.nullable_date(name);
  if (required && (!body.contains(name) || (day && !*day))) {
    in.add(name, "Required: a date as YYYY-MM-DD.");
    return std::nullopt;
  }
  return day ? *day : std::nullopt;
}

Recurrence read_recurrence(JsonFields& item) {
  Recurrence r;
  if (auto kind = item.key<RepeatKind>("kind", repeat_kind_from_key, "weekly, monthly_weekday", true)) r.kind = *kind;
  if (auto interval = item.optional_integer("interval", 1, kRecurrenceIntervalMax)) r.interval = static_cast<int>(*interval);
  if (auto last = item.optional_bool("last_weekday")) r.last_weekday = *last;
  if (auto until = item.nullable_date("until")) r.until = *until;
  if (auto count = item.optional_integer("count", 1, kRecurrenceCountMax)) r.count = static_cast<int>(*count);
  return r;
}

// The body laid over `f` (the current meeting, or defaults when creating).
Result<MeetingFields> read_meeting(const json::object& body, MeetingFields f, bool creating) {
  JsonFields in(body);
  if (auto title = creating ? in.required_string("title") : in.optional_string("title")) f.title = *title;
  if (auto kind = in.key<MeetingKind>("kind", meeting_kind_from_key, "regular, working_group, town_hall, public", false)) {
    f.kind = *kind;
  }
  if (auto description = in.nullable_string("description")) f.description = *description;
  const auto length = f.ends.day - f.starts.day;
  if (auto date = read_day(in, body, "date", creating)) f.starts.day = *date;
  f.ends.day = f.starts.day + length;
  // A null end date means the meeting ends on the day it starts.
  if (auto end_date = read_day(in, body, "end_date", false)) f.ends.day = *end_date;
  else if (body.contains("end_date")) f.ends.day = f.starts.day;
  if (auto starts = read_clock(in, "starts", creating)) f.starts.minute = *starts;
  if (auto ends = read_clock(in, "ends", creating)) f.ends.minute = *ends;
  if (auto zone = creating ? in.required_string("time_zone") : in.optional_string("time_zone")) f.time_zone = *zone;
  if (auto place = in.nullable_string("place")) f.place = *place;
  if (auto link = in.nullable_string("online_link")) f.online_link = *link;
  if (auto visibility = in.key<MeetingVisibility>("visibility", meeting_visibility_from_key, "members, public", false)) {
    f.visibility = *visibility;
  }
  if (const auto* capacity = in.optional_value("capacity")) {
    if (capacity->is_null()) f.capacity.reset();
    else if (capacity->is_int64() && capacity->as_int64() >= 1 && capacity->as_int64() <= kMeetingCapacityMax) {
      f.capacity = static_cast<int>(capacity->as_int64());
    } else {
      in.add("capacity", "Enter a capacity from 1 to 100,000, or null for none.");
    }
  }
  if (const auto* recurrence = in.optional_value("recurrence")) {
    if (!creating) {
      in.add("recurrence", "A series' repeat rule is set when it is scheduled; edit or cancel meetings one by one.");
    } else if (recurrence->is_object()) {
      JsonFields item(recurrence->as_object());
      f.recurrence = read_recurrence(item);
      for (auto& e : item.finish()) in.add("recurrence." + e.field, e.message);
    } else if (!recurrence->is_null()) {
      in.add("recurrence", "Must be an object, or null for a one-off meeting.");
    }
  }
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

MeetingFields new_meeting_defaults() {
  MeetingFields f;
  f.time_zone = "UTC";
  return f;
}

Result<app::AttendanceInput> read_attendance(const json::object& body) {
  JsonFields in(body);
  app::AttendanceInput input;
  auto records = read_list<std::optional<std::pair<std::int64_t, Attendance>>>(
      in, "records", 2000, [](JsonFields& item) -> std::optional<std::pair<std::int64_t, Attendance>> {
        auto id = item.optional_integer("membership_id", 1, INT64_MAX);
        if (!id) item.add("membership_id", "Required: whose attendance this is.");
        auto status = item.key<Attendance>("status", attendance_from_key, "present, absent, excused", true);
        if (!id || !status) return std::nullopt;
        return std::make_pair(*id, *status);
      });
  if (!body.contains("records")) in.add("records", "Required: a list of {membership_id, status}.");
  for (auto& r : records) {
    if (r) input.records.push_back(*r);
  }
  if (auto guests = in.optional_integer("guests", 0, kGuestsMax)) input.guests = static_cast<int>(*guests);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return input;
}

Result<app::AgendaChange> read_agenda(const json::object& body, app::AgendaChange change, bool creating) {
  JsonFields in(body);
  auto& f = change.fields;
  if (auto title = creating ? in.required_string("title") : in.optional_string("title")) f.title = *title;
  if (auto notes = in.nullable_string("notes")) f.notes = *notes;
  if (const auto* minutes = in.optional_value("minutes")) {
    if (minutes->is_null()) f.minutes.reset();
    else if (minutes->is_int64()) f.minutes = static_cast<int>(std::clamp<std::int64_t>(minutes->as_int64(), -1, 100000));
    else in.add("minutes", "Must be a whole number of minutes, or null.");
  }
  if (!creating) {
    change.status = in.key<AgendaStatus>("status", agenda_status_from_key, "proposed, accepted, declined", false);
    if (auto position = in.optional_integer("position", 1, 10000)) change.position = static_cast<int>(*position);
  }
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return change;
}

json::object scheduled_json(const app::Scheduled& s) {
  auto out = app::meeting_detail_json(s.first);
  out["scheduled"] = s.count;
  return out;
}

json::object named_item_json(const app::NamedAgendaItem& n) { return app::agenda_item_json(n.item, n.proposer_name); }

}  // namespace

void add_meeting_routes(Router& router, app::MeetingService& meetings, app::EngagementService& engagement,
                        const Authentication& auth) {
  router.add("GET", meeting_path(), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto errors = unknown_query_params(request, {"from", "to"});
      std::optional<Day> from, to;
      if (auto raw = request.query_param("from")) from = query_date("from", *raw, errors);
      if (auto raw = request.query_param("to")) to = query_date("to", *raw, errors);
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      return respond(request, meetings.list(*id, from, to, who.user), 200, [](const app::MeetingList& list) {
        json::array items;
        for (const auto& m : list.items) items.push_back(app::meeting_json(m));
        return json::object{{"from", format_date(list.from)}, {"to", format_date(list.to)}, {"items", std::move(items)}};
      });
    });
  });
  router.add("POST", meeting_path(), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto fields = read_meeting(body, new_meeting_defaults(), true);
        if (!fields) return problem_response(fields.error(), request);
        return respond(request, meetings.schedule(*id, std::move(*fields), who.user, actor), 201, scheduled_json);
      });
    });
  });
  router.add("GET", meeting_path("/{meeting_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      auto found = meetings.get(ids->first, ids->second, who.user);
      if (!found) return problem_response(found.error(), request);
      return versioned(200, app::meeting_detail_json(*found), found->version());
    });
  });
  router.add("PATCH", meeting_path("/{meeting_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      const auto [id, meeting_id] = *ids;
      return patch_versioned(
          request, meeting_id, [&](std::int64_t m) { return meetings.get(id, m, who.user); },
          [](const app::MeetingDetail& d) { return d.summary.record.fields; }, read_meeting,
          [&](std::int64_t m, std::optional<std::int64_t> version, MeetingFields fields) {
            return meetings.update(id, m, version, std::move(fields), who.user, actor);
          },
          app::meeting_detail_json);
    });
  });
  router.add("POST", meeting_path("/{meeting_id}/cancel"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        app::Cancellation cancellation;
        cancellation.reason = in.nullable_string("reason").value_or(std::nullopt);
        cancellation.following = in.optional_bool("following").value_or(false);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return respond(request, meetings.cancel(ids->first, ids->second, std::move(cancellation), who.user, actor), 200,
                       app::meeting_detail_json);
      });
    });
  });
  router.add("GET", meeting_path("/{meeting_id}/commonground.ics"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      auto text = meetings.ics(ids->first, ids->second, who.user);
      if (!text) return problem_response(text.error(), request);
      Response response;
      response.body = std::move(*text);
      response.set_header("Content-Type", "text/calendar; charset=utf-8");
      response.set_header("Content-Disposition", "attachment; filename=\"meeting.ics\"");
      return response;
    });
  });
  router.add("PUT", meeting_path("/{meeting_id}/rsvp"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto answer = in.key<RsvpAnswer>("answer", rsvp_answer_from_key, "yes, no, maybe", true);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return respond(request, meetings.rsvp(ids->first, ids->second, *answer, who.user), 200,
                       [](const app::RsvpResult& r) {
                         return json::object{{"answer", to_key(r.answer)}, {"rsvps", app::rsvp_tallies_json(r.tallies)}};
                       });
      });
    });
  });
  router.add("PUT", meeting_path("/{meeting_id}/attendance"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto input = read_attendance(body);
        if (!input) return problem_response(input.error(), request);
        return respond(request, meetings.take_attendance(ids->first, ids->second, std::move(*input), who.user, actor),
                       200, app::meeting_detail_json);
      });
    });
  });
  router.add("POST", meeting_path("/{meeting_id}/agenda"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto change = read_agenda(body, {}, true);
        if (!change) return problem_response(change.error(), request);
        return respond(request, meetings.propose(ids->first, ids->second, std::move(change->fields), who.user), 201,
                       named_item_json);
      });
    });
  });
  router.add("PATCH", meeting_path("/{meeting_id}/agenda/{item_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      auto item_id = path_id(request, "item_id");
      if (!item_id) return problem_response(item_id.error(), request);
      const auto [id, meeting_id] = *ids;
      return patch_versioned(
          request, *item_id, [&](std::int64_t item) { return meetings.agenda_item(id, meeting_id, item, who.user); },
          [](const app::NamedAgendaItem& n) {
            app::AgendaChange change;
            change.fields = n.item.fields;
            return change;
          },
          read_agenda,
          [&](std::int64_t item, std::optional<std::int64_t> version, app::AgendaChange change) {
            return meetings.update_agenda_item(id, meeting_id, item, version, std::move(change), who.user);
          },
          named_item_json);
    });
  });
  router.add("DELETE", meeting_path("/{meeting_id}/agenda/{item_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      auto item_id = path_id(request, "item_id");
      if (!item_id) return problem_response(item_id.error(), request);
      auto removed = meetings.remove_agenda_item(ids->first, ids->second, *item_id, who.user);
      if (!removed) return problem_response(removed.error(), request);
      return no_content();
    });
  });
  router.add("GET", "/api/v1/partnerships/{id}/engagement", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, engagement.report(*id, who.user), 200, app::engagement_json);
    });
  });
  // Members not sent keep their current value.
  router.add("PUT", "/api/v1/partnerships/{id}/engagement/thresholds", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto current = engagement.report(*id, who.user);
      if (!current) return problem_response(current.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto t = current->thresholds;
        const auto whole = [&](std::string_view name, int& field) {
          if (auto value = in.optional_integer(name, 0, 1000)) field = static_cast<int>(*value);
        };
        whole("recent_meetings", t.recent_meetings);
        whole("missed_in_a_row", t.missed_in_a_row);
        whole("quarter_days", t.quarter_days);
        whole("min_meetings_per_quarter", t.min_meetings_per_quarter);
        whole("trend_months", t.trend_months);
        if (auto ratio = in.optional_number("drop_ratio")) t.drop_ratio = *ratio;
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return respond(request, engagement.set_thresholds(*id, t, who.user, actor), 200, app::engagement_json);
      });
    });
  });
}

}  // namespace cg::http
