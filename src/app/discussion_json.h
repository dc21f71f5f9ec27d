// The discussion board and its items as the API answers them (docs/discussion-api.md).
#pragma once

#include <boost/json/object.hpp>

#include "app/discussion_service.h"

namespace cg::app {

boost::json::object discussion_board_json(const DiscussionBoard& board);
// The item with its comments.
boost::json::object discussion_thread_json(const DiscussionThread& thread);

}  // namespace cg::app
