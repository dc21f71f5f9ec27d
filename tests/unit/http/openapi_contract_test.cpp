// The OpenAPI document is the contract: every route the server has must be documented, and
// every documented operation must exist.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <set>

#include "app/organization_service.h"
#include "http/api.h"
#include "mail/smtp_mailer.h"
#include "http/routes/system_routes.h"
#include "store/store.h"
#include "support/permissions_table.h"
#include "support/server_process.h"

namespace cg::http {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "get /api/v1/..." for every route the server registers.
std::set<std::string> routes_in_code() {
  testing::TempDir dir;
  auto store = store::Store::open({"sqlite://" + dir.path() + "/contract.db"});
  EXPECT_TRUE(store.ok());
  app::OrganizationService organizations(**store, app::system_clock());
  app::AuthService auth_service(**store, app::system_clock(), {});
  app::ApiTokenService api_tokens(**store, app::system_clock());
  const Authentication auth(auth_service, api_tokens, false);
  mail::LogMailer mailer;
  app::AccountEmailService account_emails(**store, mailer, app::system_clock(), {});
  Metrics metrics;
  app::PartnershipServices partnerships(**store, mailer, auth_service, app::system_clock(), {});
  const auto router = build_api_router({**store, organizations, auth, account_emails, metrics, partnerships});
  std::set<std::string> out;
  for (const auto& route : router.routes()) out.insert(lower(route.method) + " " + route.pattern);
  return out;
}

TEST(OpenApiContract, DocumentAndRouteTableAgree) {
  const auto in_code = routes_in_code();
  const auto doc = boost::json::parse(openapi_json()).as_object();
  EXPECT_EQ(doc.at("openapi").as_string(), "3.1.0");
  std::set<std::string> in_document;
  for (const auto& [path, item] : doc.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      if (method == "parameters" || method == "summary" || method == "description") continue;
      in_document.insert(std::string(method) + " " + std::string(path));
      EXPECT_TRUE(operation.as_object().contains("responses")) << method << " " << path;
    }
  }
  for (const auto& r : in_code) EXPECT_TRUE(in_document.contains(r)) << "route missing from docs/openapi.yaml: " << r;
  for (const auto& r : in_document) EXPECT_TRUE(in_code.contains(r)) << "documented but not served: " << r;
}

// docs/permissions.md is tested route by route (tests/api/permissions_test.cpp); this makes sure
// no partnership route is missing from it.
TEST(PermissionsDocument, ListsEveryPartnershipRoute) {
  std::set<std::string> documented;
  for (const auto& row : cg::testing::read_permission_matrix(cg::testing::kPermissionsDocument)) {
    documented.insert(lower(row.method) + " " + row.path);
  }
  ASSERT_FALSE(documented.empty());
  for (const auto& route : routes_in_code()) {
    if (route.find(" /api/v1/partnerships") == std::string::npos) continue;
    EXPECT_TRUE(documented.contains(route)) << route << " is missing from docs/permissions.md";
  }
  for (const auto& route : documented) {
    EXPECT_TRUE(routes_in_code().contains(route)) << route << " in docs/permissions.md is not a route";
  }
}

}  // namespace
}  // namespace cg::http
