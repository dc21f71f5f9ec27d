// An organisation as JSON: the API's representation and the audit trail's before/after snapshot,
// one mapping so the two can never disagree about what a record holds.
#pragma once

#include <boost/json/object.hpp>

#include "domain/organization.h"

namespace cg::app {

boost::json::object organization_json(const Organization& organization);

}  // namespace cg::app
