#include "http/routes/user_routes.h"

#include <boost/json.hpp>

#include "http/json_io.h"
#include "http/problem.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::http {
namespace {

namespace json = boost::json;

json::object admin_user_json(const User& user) {
  auto optional = [](const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return {{"id", user.id},
          {"email", user.email},
          {"display_name", user.display_name},
          {"site_role", to_key(user.site_role)},
          {"status", to_key(user.status)},
          {"mfa_enabled", user.mfa_enabled},
          {"locked_at", optional(user.locked_at)},
          {"last_sign_in_at", optional(user.last_sign_in_at)},
          {"created_at", user.created_at}};
}

}  // namespace

void add_user_routes(Router& router, store::Store& store, app::AccountEmailService& emails, const Authentication& auth) {
  router.add("GET", "/api/v1/users", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::manage_users);
    if (!who) return problem_response(who.error(), request);
    json::array items;
    for (const auto& u : store.read([](store::Connection& c) { return store::UserRepository(c).list(); })) {
      items.push_back(admin_user_json(u));
    }
    return json_response(200, json::object{{"items", std::move(items)}});
  });

  router.add(
      "POST", "/api/v1/users",
      [&](Request& request) {
        auto who = auth.require_allowed(request, app::Action::manage_users);
        if (!who) return problem_response(who.error(), request);
        auto body = read_json_object(request);
        if (!body) return problem_response(body.error(), request);
        JsonFields in(*body);
        const auto email = in.required_string("email").value_or("");
        const auto name = in.required_string("display_name").value_or("");
        const auto role = in.key<SiteRole>("site_role", site_role_from_key, "admin, user", false).value_or(SiteRole::user);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        auto invited = emails.invite(email, name, role, Authentication::actor(request, &*who));
        if (!invited) return problem_response(invited.error(), request);
        auto response = json_response(201, admin_user_json(*invited));
        response.set_header("Location", "/api/v1/users/" + std::to_string(invited->id));
        return response;
      },
      Execution::password);

  router.add("PATCH", "/api/v1/users/{id}", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::manage_users);
    if (!who) return problem_response(who.error(), request);
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto body = read_json_object(request);
    if (!body) return problem_response(body.error(), request);
    JsonFields in(*body);
    const auto status = in.key<UserStatus>("status", user_status_from_key, "active, disabled", true);
    if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
    auto updated = auth.service().set_status(*id, *status, *who, Authentication::actor(request, &*who));
    if (!updated) return problem_response(updated.error(), request);
    return json_response(200, admin_user_json(*updated));
  });

  router.add("POST", "/api/v1/auth/password-reset", [&](Request& request) {
    auto body = read_json_object(request);
    if (!body) return problem_response(body.error(), request);
    JsonFields in(*body);
    const auto email = in.required_string("email").value_or("");
    if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
    emails.request_password_reset(email, Authentication::actor(request));
    return json_response(202, json::object{{"detail", "If an account uses this address, we have sent it a link to "
                                                      "choose a new password. It works for one hour."}});
  });

  router.add(
      "POST", "/api/v1/auth/set-password",
      [&](Request& request) {
        auto body = read_json_object(request);
        if (!body) return problem_response(body.error(), request);
        JsonFields in(*body);
        const auto token = in.required_string("token").value_or("");
        const auto password = in.required_string("password").value_or("");
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        auto user = emails.set_password(token, password, Authentication::actor(request));
        if (!user) return problem_response(user.error(), request);
        return json_response(200, json::object{{"detail", "Your password is set. Sign in with it now."},
                                               {"email", user->email}});
      },
      Execution::password);
}

}  // namespace cg::http
