#include "http/routes/charter_routes.h"

#include <boost/json.hpp>
#include <array>
#include <charconv>

#include "app/json_values.h"
#include "app/partnership_json.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

json::object version_json(const app::CharterVersionView& v) {
  auto out = app::charter_version_json(v.version);
  out["endorsed"] = v.endorsed;
  out["eligible"] = v.eligible;
  out["my_endorsement_at"] = app::optional_json(v.my_endorsement_at);
  return out;
}

json::value optional_version(const std::optional<app::CharterVersionView>& v) {
  return v ? json::value(version_json(*v)) : json::value(nullptr);
}

Response version_response(int status, const app::CharterVersionView& v) {
  return versioned(status, version_json(v), v.version.version);
}

Result<int> version_number(const Request& request) {
  auto number = path_id(request, "number");
  if (!number) return std::move(number).error();
  if (*number > 1000000) return Error::invalid_field("number", "There is no such charter version.");
  return static_cast<int>(*number);
}

Result<CharterText> decode_text(const json::object& body) {
  JsonFields in(body);
  CharterText text;
  text.mission = in.optional_string("mission").value_or("");
  text.vision = in.optional_string("vision").value_or("");
  text.values = in.optional_string_list("values", kCharterValuesMax * 2).value_or(std::vector<std::string>{});
  constexpr std::array<std::string_view, 4> kReadOnly = {"id", "number", "status", "version"};
  in.refuse_read_only(kReadOnly);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return text;
}

// POST .../versions/{number}/{verb}: one status change.
void add_move_route(Router& router, app::CharterService& charters, const Authentication& auth, const char* verb,
                    CharterStatus to) {
  router.add("POST", std::string("/api/v1/partnerships/{id}/charter/versions/{number}/") + verb, [&charters, &auth, to](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto number = version_number(request);
      if (!number) return problem_response(number.error(), request);
      auto moved = charters.move(*id, *number, to, who.user, actor);
      if (!moved) return problem_response(moved.error(), request);
      return version_response(200, *moved);
    });
  });
}

json::object endorsement_lists(const std::vector<app::EndorsementEntry>& entries) {
  json::array endorsed, not_endorsed;
  for (const auto& e : entries) {
    json::object row{{"membership_id", e.member.id},
                     {"display_name", display_name(e.member)},
                     {"sector", to_key(e.member.sector)},
                     {"role", to_key(e.member.fields.role)}};
    if (e.endorsed_at) {
      row["endorsed_at"] = *e.endorsed_at;
      row["note"] = app::optional_json(e.note);
      endorsed.push_back(std::move(row));
    } else {
      not_endorsed.push_back(std::move(row));
    }
  }
  return {{"endorsed", std::move(endorsed)}, {"not_endorsed", std::move(not_endorsed)}};
}

json::object diff_json(int from, int to, const std::vector<app::FieldDiff>& fields) {
  json::array out;
  for (const auto& f : fields) {
    json::array pieces;
    for (const auto& p : f.pieces) pieces.push_back(json::object{{"op", to_key(p.op)}, {"text", p.text}});
    out.push_back(json::object{{"field", f.field}, {"pieces", std::move(pieces)}});
  }
  return {{"from", from}, {"to", to}, {"fields", std::move(out)}};
}

}  // namespace

void add_charter_routes(Router& router, app::CharterService& charters, const Authentication& auth) {
  router.add("GET", "/api/v1/partnerships/{id}/charter", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, charters.overview(*id, who.user), 200, [](const app::CharterOverview& o) {
        json::array versions;
        for (const auto& v : o.versions) versions.push_back(version_json(v));
        return json::object{
            {"adopted", optional_version(o.adopted)}, {"open", optional_version(o.open)}, {"versions", std::move(versions)}};
      });
    });
  });

  router.add("POST", "/api/v1/partnerships/{id}/charter/versions", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto text = decode_text(body);
        if (!text) return problem_response(text.error(), request);
        auto created = charters.create_draft(*id, std::move(*text), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return version_response(201, *created);
      });
    });
  });

  router.add("GET", "/api/v1/partnerships/{id}/charter/versions/{number}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto number = version_number(request);
      if (!number) return problem_response(number.error(), request);
      auto found = charters.get(*id, *number, who.user);
      if (!found) return problem_response(found.error(), request);
      return version_response(200, *found);
    });
  });

  router.add("PATCH", "/api/v1/partnerships/{id}/charter/versions/{number}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto number = version_number(request);
      if (!number) return problem_response(number.error(), request);
      auto based_on = if_match_version(request);
      if (!based_on) return problem_response(based_on.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto text = decode_text(body);
        if (!text) return problem_response(text.error(), request);
        auto edited = charters.edit_draft(*id, *number, *based_on, std::move(*text), who.user, actor);
        if (!edited) {
          if (edited.error().kind != ErrorKind::precondition_failed) return problem_response(edited.error(), request);
          auto current = charters.get(*id, *number, who.user);
          if (!current) return problem_response(current.error(), request);
          auto response = problem_response(edited.error(), request, {{"current", version_json(*current)}});
          response.set_header("ETag", etag(current->version.version));
          return response;
        }
        return version_response(200, *edited);
      });
    });
  });

  add_move_route(router, charters, auth, "propose", CharterStatus::proposed);
  add_move_route(router, charters, auth, "send-back", CharterStatus::draft);
  add_move_route(router, charters, auth, "adopt", CharterStatus::adopted);

  router.add("POST", "/api/v1/partnerships/{id}/charter/versions/{number}/endorsements", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto number = version_number(request);
      if (!number) return problem_response(number.error(), request);
      auto note = optional_body_text(request, "note");
      if (!note) return problem_response(note.error(), request);
      auto endorsed = charters.endorse(*id, *number, *note, who.user, actor);
      if (!endorsed) return problem_response(endorsed.error(), request);
      return version_response(201, *endorsed);
    });
  });

  router.add("GET", "/api/v1/partnerships/{id}/charter/versions/{number}/endorsements", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto number = version_number(request);
      if (!number) return problem_response(number.error(), request);
      return respond(request, charters.endorsements(*id, *number, who.user), 200, endorsement_lists);
    });
  });

  router.add("GET", "/api/v1/partnerships/{id}/charter/versions/{number}/diff", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto number = version_number(request);
      if (!number) return problem_response(number.error(), request);
      auto errors = unknown_query_params(request, {"from"});
      int from = 0;
      const auto raw = request.query_param("from").value_or("");
      auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), from);
      if (ec != std::errc() || end != raw.data() + raw.size() || from < 1) {
        errors.push_back({"from", "Give the number of the version to compare with, e.g. ?from=1."});
      }
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      return respond(request, charters.diff(*id, from, *number, who.user), 200,
                     [&](const std::vector<app::FieldDiff>& fields) { return diff_json(from, *number, fields); });
    });
  });
}

void add_responsibility_routes(Router& router, app::ResponsibilityService& responsibilities, const Authentication& auth) {
  const auto decode = [](const json::object& body) -> Result<app::ResponsibilityText> {
    JsonFields in(body);
    app::ResponsibilityText text;
    text.title = in.required_string("title").value_or("");
    text.description = in.nullable_string("description").value_or(std::nullopt);
    constexpr std::array<std::string_view, 3> kReadOnly = {"id", "version", "assignments"};
    in.refuse_read_only(kReadOnly);
    if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
    return text;
  };

  router.add("GET", "/api/v1/partnerships/{id}/responsibilities", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, responsibilities.matrix(*id, who.user), 200, [](const app::ResponsibilityMatrix& m) {
        json::array items;
        for (const auto& r : m.items) {
          auto item = app::responsibility_json(r);
          for (auto& a : item["assignments"].as_array()) {
            const auto member = a.as_object().at("membership_id").as_int64();
            const auto name = m.member_names.find(member);
            a.as_object()["display_name"] = name == m.member_names.end() ? json::value(nullptr) : json::value(name->second);
          }
          items.push_back(std::move(item));
        }
        return json::object{{"items", std::move(items)}};
      });
    });
  });

  router.add("POST", "/api/v1/partnerships/{id}/responsibilities", [&, decode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto text = decode(body);
        if (!text) return problem_response(text.error(), request);
        auto created = responsibilities.create(*id, std::move(*text), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return versioned(201, app::responsibility_json(*created), created->version);
      });
    });
  });

  router.add("PATCH", "/api/v1/partnerships/{id}/responsibilities/{responsibility_id}", [&, decode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "responsibility_id");
      if (!ids) return problem_response(ids.error(), request);
      auto based_on = if_match_version(request);
      if (!based_on) return problem_response(based_on.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto text = decode(body);
        if (!text) return problem_response(text.error(), request);
        auto updated = responsibilities.update(ids->first, ids->second, *based_on, std::move(*text), who.user, actor);
        if (!updated) return problem_response(updated.error(), request);
        return versioned(200, app::responsibility_json(*updated), updated->version);
      });
    });
  });

  router.add("DELETE", "/api/v1/partnerships/{id}/responsibilities/{responsibility_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "responsibility_id");
      if (!ids) return problem_response(ids.error(), request);
      auto removed = responsibilities.remove(ids->first, ids->second, who.user, actor);
      if (!removed) return problem_response(removed.error(), request);
      return no_content();
    });
  });

  router.add("PUT", "/api/v1/partnerships/{id}/responsibilities/{responsibility_id}/assignments/{member_id}",
             [&](Request& request) {
               return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
                 auto ids = path_ids(request, "id", "responsibility_id");
                 if (!ids) return problem_response(ids.error(), request);
                 auto member = path_id(request, "member_id");
                 if (!member) return problem_response(member.error(), request);
                 auto note = optional_body_text(request, "note");
                 if (!note) return problem_response(note.error(), request);
                 auto assigned = responsibilities.assign(ids->first, ids->second, *member, *note, who.user, actor);
                 if (!assigned) return problem_response(assigned.error(), request);
                 return versioned(200, app::responsibility_json(*assigned), assigned->version);
               });
             });

  router.add("DELETE", "/api/v1/partnerships/{id}/responsibilities/{responsibility_id}/assignments/{member_id}",
             [&](Request& request) {
               return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
                 auto ids = path_ids(request, "id", "responsibility_id");
                 if (!ids) return problem_response(ids.error(), request);
                 auto member = path_id(request, "member_id");
                 if (!member) return problem_response(member.error(), request);
                 auto removed = responsibilities.unassign(ids->first, ids->second, *member, who.user, actor);
                 if (!removed) return problem_response(removed.error(), request);
                 return no_content();
               });
             });
}

}  // namespace cg::http
