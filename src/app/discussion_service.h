// The partnership's open discussion (see domain/discussion.h): the board, an item with its
// comments, starting ideas and threads (ideas may go to the coordinators anonymously), comments,
// support, reports, status changes (an adopted idea can become a plan activity in the same
// transaction) and hiding.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "app/plan_service.h"
#include "domain/discussion.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/discussion_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

// What the reader may see: moderators see anonymous ideas, hidden content and report counts;
// others see that something was hidden, not what.
struct DiscussionView {
  bool moderator = false;
  std::optional<std::int64_t> me;                // the reader's membership
  std::map<std::int64_t, std::string> names;     // membership id -> display name
};

struct DiscussionBoard {
  DiscussionView view;
  std::vector<store::DiscussionItemRecord> items;
};

struct DiscussionThread {
  DiscussionView view;
  store::DiscussionItemRecord item;
  std::vector<store::DiscussionComment> comments;
};

struct StatusChange {
  DiscussionStatus status = DiscussionStatus::open;
  std::optional<std::string> reason;
  std::optional<ActivityChange> activity;  // adopted: the plan activity it becomes
};

// What is reported: an item, or one of its comments.
struct ReportTarget {
  std::int64_t item_id = 0;
  std::optional<std::int64_t> comment_id;
};

class DiscussionService {
 public:
  DiscussionService(store::Store& store, Clock clock, PlanService& plans)
      : store_(store), clock_(std::move(clock)), plans_(plans) {}

  Result<DiscussionBoard> board(std::int64_t partnership_id, const User& viewer);
  Result<DiscussionThread> get(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<DiscussionThread> start(std::int64_t partnership_id, DiscussionFields fields, const User& by,
                                 const Actor& actor);
  Result<DiscussionThread> comment(std::int64_t partnership_id, std::int64_t id, std::string body, const User& by);
  Result<DiscussionThread> support(std::int64_t partnership_id, std::int64_t id, bool supporting, const User& by);
  Result<DiscussionThread> set_status(std::int64_t partnership_id, std::int64_t id,
                                      std::optional<std::int64_t> based_on, StatusChange change, const User& by,
                                      const Actor& actor);
  // False in the result when this member had already reported it (nothing changes).
  Result<bool> report(std::int64_t partnership_id, ReportTarget target, ReportReason reason, const User& by);
  Result<DiscussionThread> hide(std::int64_t partnership_id, ReportTarget target, const User& by, const Actor& actor);

 private:
  store::Store& store_;
  Clock clock_;
  PlanService& plans_;
};

}  // namespace cg::app
