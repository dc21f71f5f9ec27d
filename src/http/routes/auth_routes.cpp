#include "http/routes/auth_routes.h"

#include <boost/json.hpp>

#include "http/cookies.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace cg::http {
namespace {

namespace json = boost::json;
using store::SessionStage;

constexpr std::initializer_list<SessionStage> kAnyStage = {SessionStage::second_factor, SessionStage::notice,
                                                          SessionStage::enrol_second_factor, SessionStage::active};

std::string_view stage_key(SessionStage stage) {
  switch (stage) {
    case SessionStage::second_factor: return "second_factor";
    case SessionStage::notice: return "notice";
    case SessionStage::enrol_second_factor: return "enrol_second_factor";
    case SessionStage::active: return "active";
  }
  return "active";
}

json::object user_json(const User& user) {
  return {{"id", user.id},
          {"email", user.email},
          {"display_name", user.display_name},
          {"site_role", to_key(user.site_role)},
          {"mfa_enabled", user.mfa_enabled},
          {"last_sign_in_at", user.last_sign_in_at ? json::value(*user.last_sign_in_at) : json::value(nullptr)}};
}

// What the web app needs to know to show the next step of signing in.
Response session_response(app::AuthService& service, SessionStage stage, const User& user,
                          const std::string& csrf_token) {
  json::object body{{"stage", stage_key(stage)}, {"user", user_json(user)}, {"csrf_token", csrf_token}};
  if (stage == SessionStage::notice) body["notice"] = service.notice();
  return json_response(200, body);
}

// Reads a body with exactly the named string members, all required.
Result<std::vector<std::string>> read_strings(const Request& request, std::initializer_list<std::string_view> names) {
  auto body = read_json_object(request);
  if (!body) return std::move(body).error();
  JsonFields in(*body);
  std::vector<std::string> values;
  for (const auto name : names) values.push_back(in.required_string(name).value_or(""));
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return values;
}

json::object token_json(const store::ApiToken& t) {
  return {{"id", t.id},
          {"name", t.name},
          {"scope", t.scope},
          {"created_at", t.created_at},
          {"last_used_at", t.last_used_at ? json::value(*t.last_used_at) : json::value(nullptr)},
          {"revoked_at", t.revoked_at ? json::value(*t.revoked_at) : json::value(nullptr)}};
}

}  // namespace

void add_auth_routes(Router& router, const Authentication& auth) {
  auto& service = auth.service();

  router.add(
      "POST", "/api/v1/auth/sign-in",
      [&](Request& request) {
        auto values = read_strings(request, {"email", "password"});
        if (!values) return problem_response(values.error(), request);
        // Blank fields are a form mistake, not a guess: answer 400 and count no attempt.
        std::vector<FieldError> blank;
        if ((*values)[0].empty()) blank.push_back({"email", "Required."});
        if ((*values)[1].empty()) blank.push_back({"password", "Required."});
        if (!blank.empty()) return problem_response(Error::invalid(std::move(blank)), request);
        const auto user_agent = request.header("user-agent").value_or("");
        auto grant = service.sign_in((*values)[0], (*values)[1], Authentication::actor(request), std::string(user_agent));
        if (!grant) return problem_response(grant.error(), request);
        auto response = session_response(service, grant->stage, grant->user, grant->csrf_token);
        const auto lifetime =
            std::chrono::duration_cast<std::chrono::seconds>(service.settings().session.absolute_timeout).count();
        set_session_cookies(response, grant->token, grant->csrf_token, auth.secure_cookies(), lifetime);
        return response;
      },
      Execution::password);

  router.add("GET", "/api/v1/auth/session", [&](Request& request) {
    auto who = auth.require(request, kAnyStage);
    if (!who) return problem_response(who.error(), request);
    return session_response(service, who->stage, who->user, who->csrf_token);
  });

  router.add("POST", "/api/v1/auth/second-factor", [&](Request& request) {
    auto who = auth.require(request, {SessionStage::second_factor});
    if (!who) return problem_response(who.error(), request);
    auto values = read_strings(request, {"code"});
    if (!values) return problem_response(values.error(), request);
    auto next = service.verify_second_factor(*who, (*values)[0], Authentication::actor(request, &*who));
    if (!next) return problem_response(next.error(), request);
    return session_response(service, next->stage, next->user, next->csrf_token);
  });

  router.add("POST", "/api/v1/auth/notice/acknowledge", [&](Request& request) {
    auto who = auth.require(request, {SessionStage::notice});
    if (!who) return problem_response(who.error(), request);
    auto next = service.acknowledge_notice(*who, Authentication::actor(request, &*who));
    if (!next) return problem_response(next.error(), request);
    return session_response(service, next->stage, next->user, next->csrf_token);
  });

  router.add("POST", "/api/v1/auth/sign-out", [&](Request& request) {
    auto who = auth.require(request, kAnyStage);
    if (!who) return problem_response(who.error(), request);
    service.sign_out(*who, Authentication::actor(request, &*who));
    Response response;
    response.status = 204;
    clear_session_cookies(response, auth.secure_cookies());
    return response;
  });

  router.add("POST", "/api/v1/auth/sign-out-everywhere", [&](Request& request) {
    auto who = auth.require(request);
    if (!who) return problem_response(who.error(), request);
    const auto ended = service.sign_out_everywhere(*who, Authentication::actor(request, &*who));
    auto response = json_response(200, json::object{{"sessions_ended", ended}});
    clear_session_cookies(response, auth.secure_cookies());
    return response;
  });

  router.add("POST", "/api/v1/account/second-factor/enrolment", [&](Request& request) {
    auto who = auth.require(request, {SessionStage::enrol_second_factor, SessionStage::active});
    if (!who) return problem_response(who.error(), request);
    auto enrolment = service.start_mfa_enrolment(*who, Authentication::actor(request, &*who));
    if (!enrolment) return problem_response(enrolment.error(), request);
    return json_response(200, json::object{{"secret", enrolment->secret_base32},
                                           {"otpauth_uri", enrolment->otpauth_uri}});
  });

  router.add("POST", "/api/v1/account/second-factor/enrolment/confirm", [&](Request& request) {
    auto who = auth.require(request, {SessionStage::enrol_second_factor, SessionStage::active});
    if (!who) return problem_response(who.error(), request);
    auto values = read_strings(request, {"code"});
    if (!values) return problem_response(values.error(), request);
    auto codes = service.confirm_mfa_enrolment(*who, (*values)[0], Authentication::actor(request, &*who));
    if (!codes) return problem_response(codes.error(), request);
    json::array list;
    for (const auto& code : *codes) list.push_back(json::string(code));
    return json_response(200, json::object{{"recovery_codes", std::move(list)}});
  });

  auto& tokens = auth.tokens();

  router.add("GET", "/api/v1/account/api-tokens", [&](Request& request) {
    auto who = auth.require(request);
    if (!who) return problem_response(who.error(), request);
    json::array items;
    for (const auto& t : tokens.list(*who)) items.push_back(token_json(t));
    return json_response(200, json::object{{"items", std::move(items)}});
  });

  router.add("POST", "/api/v1/account/api-tokens", [&](Request& request) {
    auto who = auth.require(request);
    if (!who) return problem_response(who.error(), request);
    auto values = read_strings(request, {"name", "scope"});
    if (!values) return problem_response(values.error(), request);
    auto created = tokens.create(*who, (*values)[0], (*values)[1], Authentication::actor(request, &*who));
    if (!created) return problem_response(created.error(), request);
    auto body = token_json(created->token);
    body["token"] = created->secret;
    return json_response(201, body);
  });

  router.add("DELETE", "/api/v1/account/api-tokens/{id}", [&](Request& request) {
    auto who = auth.require(request);
    if (!who) return problem_response(who.error(), request);
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto revoked = tokens.revoke(*who, *id, Authentication::actor(request, &*who));
    if (!revoked) return problem_response(revoked.error(), request);
    Response response;
    response.status = 204;
    return response;
  });

  router.add(
      "POST", "/api/v1/account/password",
      [&](Request& request) {
        auto who = auth.require(request);
        if (!who) return problem_response(who.error(), request);
        auto values = read_strings(request, {"current_password", "new_password"});
        if (!values) return problem_response(values.error(), request);
        auto changed = service.change_password(*who, (*values)[0], (*values)[1], Authentication::actor(request, &*who));
        if (!changed) return problem_response(changed.error(), request);
        Response response;
        response.status = 204;
        return response;
      },
      Execution::password);

  router.add("GET", "/api/v1/account/sessions", [&](Request& request) {
    auto who = auth.require(request);
    if (!who) return problem_response(who.error(), request);
    json::array items;
    for (const auto& session : service.sessions(*who)) {
      // A short prefix of the fingerprint tells sessions apart without handing out anything usable.
      items.push_back(json::object{{"id", session.id_hash.substr(0, 12)},
                                   {"created_at", session.created_at},
                                   {"last_seen_at", session.last_seen_at},
                                   {"source_address", session.source_address},
                                   {"user_agent", session.user_agent},
                                   {"current", session.id_hash == who->session_id_hash}});
    }
    return json_response(200, json::object{{"items", std::move(items)}});
  });

  router.add("GET", "/api/v1/settings/sign-in", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::manage_site_settings);
    if (!who) return problem_response(who.error(), request);
    const auto settings = service.sign_in_settings();
    return json_response(200, json::object{{"notice", settings.notice},
                                           {"second_factor_for_everyone", settings.second_factor_for_everyone}});
  });

  router.add("PUT", "/api/v1/settings/sign-in", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::manage_site_settings);
    if (!who) return problem_response(who.error(), request);
    auto body = read_json_object(request);
    if (!body) return problem_response(body.error(), request);
    JsonFields in(*body);
    app::SignInSettings wanted;
    wanted.notice = in.required_string("notice").value_or("");
    wanted.second_factor_for_everyone = in.required_bool("second_factor_for_everyone").value_or(false);
    if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
    auto updated = service.update_sign_in_settings(wanted, Authentication::actor(request, &*who));
    if (!updated) return problem_response(updated.error(), request);
    return json_response(200, json::object{{"notice", updated->notice},
                                           {"second_factor_for_everyone", updated->second_factor_for_everyone}});
  });

  router.add("POST", "/api/v1/users/{id}/unlock", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::manage_users);
    if (!who) return problem_response(who.error(), request);
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto user = service.unlock(*id, Authentication::actor(request, &*who));
    if (!user) return problem_response(user.error(), request);
    return json_response(200, user_json(*user));
  });
}

}  // namespace cg::http
