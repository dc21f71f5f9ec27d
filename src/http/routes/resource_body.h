// A clearinghouse resource's fields as request bodies carry them: sharing (POST), editing (PATCH)
// and each item of a JSON import.
#pragma once

#include <boost/json/object.hpp>

#include "domain/resource.h"
#include "domain/result.h"
#include "http/json_io.h"

namespace cg::http {

// The resource's fields from a body, over `fields` (the essential ones required when `creating`).
// Errors go into `in`; the caller may read more fields before `in.finish()`.
void read_fields(JsonFields& in, const boost::json::object& body, ResourceDescription& fields, bool creating);

Result<ResourceDescription> read_resource(const boost::json::object& body, ResourceDescription fields, bool creating);

}  // namespace cg::http
