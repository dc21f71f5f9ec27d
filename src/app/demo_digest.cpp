#include "app/demo_digest.h"

#include <string>

#include "domain/notification.h"
#include "domain/time_format.h"
#include "store/notification_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using namespace std::chrono;

constexpr int kNewsPerPerson = 5;

}  // namespace

BenchmarkDigests load_benchmark_digests(store::Store& store, const Clock& clock, int users, int partnerships) {
  return store.write([&](store::Connection& c) {
    BenchmarkDigests out;
    if (!c.query("SELECT 1 FROM users WHERE email_key = 'digest-1@bench.example'").empty()) return out;
    const auto now = floor<seconds>(clock());
    const auto at = format_utc(now - hours(6));
    std::vector<std::int64_t> partnership_ids;
    for (int p = 1; p <= partnerships; ++p) {
      const auto name = "Digest Benchmark Table " + std::to_string(p);
      partnership_ids.push_back(
          c.query("INSERT INTO partnerships (name, name_key, status, visibility, review_cadence_days, created_at, "
                  "updated_at) VALUES ($1, $2, 'active', 'members', 90, $3, $3) RETURNING id",
                  {name, "digest benchmark table " + std::to_string(p), at})
              .at(0)
              .integer(0));
    }
    store::NotificationRepository notifications(c);
    for (int u = 1; u <= users; ++u) {
      const auto email = "digest-" + std::to_string(u) + "@bench.example";
      // Not an argon2id string: no password matches it, so these accounts cannot sign in.
      const auto user_id =
          c.query("INSERT INTO users (email, email_key, display_name, password_hash, site_role, status, created_at, "
                  "updated_at) VALUES ($1, $1, $2, 'benchmark: no sign-in', 'user', 'active', $3, $3) RETURNING id",
                  {email, "Digest Reader " + std::to_string(u), at})
              .at(0)
              .integer(0);
      // Two or three partnerships each, news about a few items in each.
      for (int n = 0; n < kNewsPerPerson; ++n) {
        const auto p = partnership_ids[static_cast<std::size_t>((u * 7 + n % 3) % partnerships)];
        const auto item = (u + n) % 4;
        notifications.insert(user_id,
                             {p, NotificationKind::meeting_scheduled, "meeting-" + std::to_string(item),
                              "Beat meeting " + std::to_string(item), "Scheduled at the library.",
                              "/partnerships/" + std::to_string(p) + "/meetings/" + std::to_string(item)},
                             at);
        ++out.notifications;
      }
      ++out.users;
    }
    out.partnerships = partnership_ids.size();
    out.created = true;
    return out;
  });
}

}  // namespace cg::app
