// An API test at a members-only partnership whose cast (lead, coordinator, member, observer,
// outsider) is already seated and signed in, for the suites that work inside one table.
#pragma once

#include <memory>
#include <string>

#include "support/api_fixture.h"
#include "support/partnership_cast.h"

namespace cg::testing {

class TableTest : public ApiTest {
 protected:
  bool signs_in_as_admin() const override { return false; }

  void SetUp() override {
    ApiTest::SetUp();
    if (HasFatalFailure()) return;
    cast_ = std::make_unique<PartnershipCast>(db_->url(), port());
    id_ = cast_->create_partnership("Eastside Neighborhood Safety Table", "members");
  }

  HttpClient& as(const std::string& role) { return cast_->as(role); }

  std::unique_ptr<PartnershipCast> cast_;
  std::int64_t id_ = 0;
};

}  // namespace cg::testing
