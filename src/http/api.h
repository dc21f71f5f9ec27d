// The complete route table of the CommonGround API. Both the server and the OpenAPI contract
// test build it from here, so the document and the code cannot drift apart unnoticed.
#pragma once

#include "app/account_email_service.h"
#include "app/organization_service.h"
#include "app/partnership_services.h"
#include "http/authentication.h"
#include "http/metrics.h"
#include "http/router.h"

namespace cg::store {
class Store;
}

namespace cg::http {

struct ApiServices {
  store::Store& store;
  app::OrganizationService& organizations;
  const Authentication& auth;
  app::AccountEmailService& account_emails;
  const Metrics& metrics;
  app::PartnershipServices& partnerships;
};

Router build_api_router(ApiServices services);

}  // namespace cg::http
