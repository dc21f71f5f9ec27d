// Partnerships, memberships, charter versions, balance reports and responsibilities as JSON: the
// API's representations and the audit trail's before/after snapshots, one mapping for both.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "domain/balance.h"
#include "domain/charter.h"
#include "domain/membership.h"
#include "domain/partnership.h"
#include "store/partnership_repository.h"
#include "store/responsibility_repository.h"

namespace cg::app {

boost::json::object partnership_json(const Partnership& partnership);
// With the viewer's role and the count of active members.
boost::json::object partnership_json(const store::PartnershipView& view);
boost::json::object membership_json(const Membership& membership);
boost::json::object charter_version_json(const CharterVersion& version);
boost::json::object finding_json(const Finding& finding);
boost::json::array findings_json(const std::vector<Finding>& findings);
boost::json::object balance_json(const BalanceReport& report, Day at);
boost::json::object trend_point_json(const BalanceTrendPoint& point);
boost::json::object responsibility_json(const store::Responsibility& responsibility);

}  // namespace cg::app
