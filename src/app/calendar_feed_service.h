// iCalendar feeds a person subscribes to from their calendar app: one partnership's activity due
// dates and review dates, or their own tasks across every partnership. Each feed has a secret
// link, shown once and revocable; the feed is rebuilt on every fetch and still follows the
// person's access (leave the partnership and its feed stops). Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/calendar_feed_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct NewCalendarFeed {
  store::CalendarFeed feed;
  std::string url;  // holds the secret: shown this once
};

class CalendarFeedService {
 public:
  CalendarFeedService(store::Store& store, Clock clock, std::string public_url)
      : store_(store), clock_(std::move(clock)), public_url_(std::move(public_url)) {}

  Result<NewCalendarFeed> create(const User& user, std::optional<std::int64_t> partnership_id, const Actor& actor);
  Result<std::vector<store::CalendarFeed>> list(const User& user);
  Result<Done> revoke(const User& user, std::int64_t id, const Actor& actor);
  // The VCALENDAR text for a feed's token; not found for unknown or revoked links, and for a
  // partnership the person may no longer see.
  Result<std::string> render(const std::string& token);

 private:
  store::Store& store_;
  const Clock clock_;
  const std::string public_url_;
};

}  // namespace cg::app
