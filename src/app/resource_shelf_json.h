// A partnership's shelf and an activity's library resources as the API answers them
// (docs/resources-api.md, "Shelves and plan activities").
#pragma once

#include <boost/json/object.hpp>

#include "app/resource_shelf_service.h"

namespace cg::app {

boost::json::object shelf_entry_json(const ShelfEntry& entry, const std::vector<store::ResourceTopic>& topics);
boost::json::object shelf_json(const ShelfPage& page);
boost::json::object activity_library_json(const ActivityLibrary& library);

}  // namespace cg::app
