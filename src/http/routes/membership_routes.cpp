#include "http/routes/membership_routes.h"

#include <boost/json.hpp>
#include <array>

#include "app/partnership_json.h"
#include "http/routes/reference_keys.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

const std::string kPerspectiveKeys = keys_of(all_perspectives());
const std::string kStatusKeys = keys_of(all_membership_statuses());

constexpr std::array<std::string_view, 14> kReadOnly = {
    "id",        "partnership_id", "user_id",    "display_name", "organization",          "sector_overridden",
    "status",    "invited_at",     "ceased_on",  "ceased_reason", "invitation_expires_at", "version",
    "created_at", "updated_at"};

Result<app::NewMember> decode_new(const json::object& body) {
  JsonFields in(body);
  app::NewMember input;
  input.fields.person_name = in.nullable_string("person_name").value_or(std::nullopt);
  input.fields.person_email = in.nullable_string("email").value_or(std::nullopt);
  input.fields.organization_id = in.nullable_id("organization_id").value_or(std::nullopt);
  input.fields.sector_override = in.key<Sector>("sector", sector_from_key, sector_keys(), false);
  input.fields.perspectives =
      in.key_list<Perspective>("perspectives", perspective_from_key, kPerspectiveKeys).value_or(std::vector<Perspective>{});
  input.fields.role = in.key<PartnershipRole>("role", partnership_role_from_key, partnership_role_keys(), true)
                          .value_or(PartnershipRole::member);
  input.fields.decision_authority = in.optional_bool("decision_authority").value_or(false);
  input.fields.listed_publicly = in.optional_bool("listed_publicly").value_or(false);
  input.joined_on = in.optional_string("joined_on");
  input.invite = in.required_bool("invite").value_or(false);
  in.refuse_read_only(kReadOnly);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return input;
}

Result<app::MembershipPatch> decode_patch(const json::object& body) {
  JsonFields in(body);
  app::MembershipPatch patch;
  patch.person_name = in.nullable_string("person_name");
  if (auto sector = in.nullable_string("sector")) {
    if (!*sector) {
      patch.sector = std::optional<Sector>();
    } else if (auto parsed = sector_from_key(**sector)) {
      patch.sector = std::optional<Sector>(*parsed);
    } else {
      in.add("sector", "Must be one of: " + sector_keys() + ", or null for the organization's sector.");
    }
  }
  patch.perspectives = in.key_list<Perspective>("perspectives", perspective_from_key, kPerspectiveKeys);
  patch.role = in.key<PartnershipRole>("role", partnership_role_from_key, partnership_role_keys(), false);
  patch.decision_authority = in.optional_bool("decision_authority");
  patch.listed_publicly = in.optional_bool("listed_publicly");
  in.refuse_read_only(kReadOnly);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return patch;
}

Result<app::MemberQuery> decode_query(const Request& request) {
  auto errors = unknown_query_params(request, {"limit", "after", "status", "role", "sector", "q"});
  app::MemberQuery query;
  for (const auto& [name, value] : request.query) {
    if (name == "limit") {
      query.limit = query_limit(value, 1000, errors);
    } else if (name == "after") {
      query.after = value;
    } else if (name == "status") {
      query.status = membership_status_from_key(value);
      if (!query.status) errors.push_back({"status", "Must be one of: " + kStatusKeys + "."});
    } else if (name == "role") {
      query.role = partnership_role_from_key(value);
      if (!query.role) errors.push_back({"role", "Must be one of: " + partnership_role_keys() + "."});
    } else if (name == "sector") {
      query.sector = sector_from_key(value);
      if (!query.sector) errors.push_back({"sector", "Must be one of: " + sector_keys() + "."});
    } else if (name == "q") {
      if (value.size() > 200) errors.push_back({"q", "Must be at most 200 characters."});
      query.name_contains = value;
    }
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return query;
}

Response member_response(int status, const Membership& m) { return versioned(status, app::membership_json(m), m.version); }

json::object invitation_json(const app::InvitationView& v) {
  return {{"partnership", json::object{{"id", v.partnership_id}, {"name", v.partnership_name}}},
          {"role", to_key(v.role)},
          {"email", v.email},
          {"account_exists", v.account_exists},
          {"status", to_key(v.status)},
          {"expires_at", v.expires_at}};
}

// The caller when signed in, nobody when not; a broken session (e.g. CSRF) is still an error.
Result<std::optional<User>> optional_caller(const Authentication& auth, const Request& request) {
  auto who = auth.require(request);
  if (who) return std::optional<User>(who->user);
  if (who.error().kind == ErrorKind::unauthenticated) return std::optional<User>();
  return std::move(who).error();
}

void add_invitation_routes(Router& router, app::MembershipService& members, const Authentication& auth) {
  // The token in the path is the credential: these work signed out.
  router.add("GET", "/api/v1/invitations/{token}", [&](Request& request) {
    const auto token = request.path_param("token").value_or("");
    return respond(request, members.invitation(token), 200, invitation_json);
  });

  router.add(
      "POST", "/api/v1/invitations/{token}/accept",
      [&](Request& request) {
        const auto token = std::string(request.path_param("token").value_or(""));
        auto caller = optional_caller(auth, request);
        if (!caller) return problem_response(caller.error(), request);
        std::optional<app::NewAccount> account;
        if (!request.body.empty()) {
          auto body = read_json_object(request);
          if (!body) return problem_response(body.error(), request);
          JsonFields in(*body);
          auto name = in.optional_string("display_name");
          auto password = in.optional_string("password");
          if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
          if (password) account = app::NewAccount{name.value_or(""), *password};
        }
        const auto actor = Authentication::actor(request);
        return respond(request, members.accept(token, *caller, account, actor), 200,
                       [](const Membership& m) { return json::object{{"membership", app::membership_json(m)}}; });
      },
      Execution::password);  // may create an account: argon2id runs on the password pool

  router.add("POST", "/api/v1/invitations/{token}/decline", [&](Request& request) {
    const auto token = std::string(request.path_param("token").value_or(""));
    auto declined = members.decline(token, Authentication::actor(request));
    if (!declined) return problem_response(declined.error(), request);
    return no_content();
  });
}

}  // namespace

void add_membership_routes(Router& router, app::MembershipService& members, const Authentication& auth) {
  add_invitation_routes(router, members, auth);

  router.add("GET", "/api/v1/partnerships/{id}/members", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto query = decode_query(request);
      if (!query) return problem_response(query.error(), request);
      return respond(request, members.list(*id, *query, who.user), 200, [](const app::MemberPage& page) {
        json::array items;
        for (const auto& m : page.items) items.push_back(app::membership_json(m));
        return json::object{{"items", std::move(items)},
                            {"next", page.next ? json::value(*page.next) : json::value(nullptr)}};
      });
    });
  });

  router.add("POST", "/api/v1/partnerships/{id}/members", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto input = decode_new(body);
        if (!input) return problem_response(input.error(), request);
        auto added = members.add(*id, std::move(*input), who.user, actor);
        if (!added) return problem_response(added.error(), request);
        auto response = member_response(201, *added);
        response.set_header("Location", "/api/v1/partnerships/" + std::to_string(*id) + "/members/" +
                                            std::to_string(added->id));
        return response;
      });
    });
  });

  router.add("GET", "/api/v1/partnerships/{id}/members/{member_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "member_id");
      if (!ids) return problem_response(ids.error(), request);
      auto found = members.get(ids->first, ids->second, who.user);
      if (!found) return problem_response(found.error(), request);
      return member_response(200, *found);
    });
  });

  router.add("PATCH", "/api/v1/partnerships/{id}/members/{member_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "member_id");
      if (!ids) return problem_response(ids.error(), request);
      auto version = if_match_version(request);
      if (!version) return problem_response(version.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto patch = decode_patch(body);
        if (!patch) return problem_response(patch.error(), request);
        auto updated = members.update(ids->first, ids->second, *version, *patch, who.user, actor);
        if (!updated) {
          if (updated.error().kind != ErrorKind::precondition_failed) return problem_response(updated.error(), request);
          auto current = members.get(ids->first, ids->second, who.user);
          if (!current) return problem_response(current.error(), request);
          auto response = problem_response(updated.error(), request, {{"current", app::membership_json(*current)}});
          response.set_header("ETag", etag(current->version));
          return response;
        }
        return member_response(200, *updated);
      });
    });
  });

  router.add("POST", "/api/v1/partnerships/{id}/members/{member_id}/cease", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "member_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        app::Cessation cessation;
        cessation.reason = in.required_string("reason").value_or("");
        cessation.ceased_on = in.optional_string("ceased_on");
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        auto ceased = members.cease(ids->first, ids->second, cessation, who.user, actor);
        if (!ceased) return problem_response(ceased.error(), request);
        return member_response(200, *ceased);
      });
    });
  });

  router.add("POST", "/api/v1/partnerships/{id}/members/{member_id}/resend-invitation", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "member_id");
      if (!ids) return problem_response(ids.error(), request);
      auto resent = members.resend_invitation(ids->first, ids->second, who.user, actor);
      if (!resent) return problem_response(resent.error(), request);
      return member_response(200, *resent);
    });
  });
}

}  // namespace cg::http
