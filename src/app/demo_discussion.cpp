#include "app/demo_discussion.h"

#include <array>
#include <string>
#include <vector>

#include "app/demo_partnerships.h"
#include "app/secrets.h"
#include "domain/discussion.h"
#include "domain/time_format.h"
#include "store/discussion_repository.h"
#include "store/meeting_repository.h"
#include "store/membership_repository.h"
#include "store/minutes_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using namespace std::chrono;

struct DemoItem {
  DiscussionKind kind;
  const char* title;
  const char* body;
  int days_ago;
  DiscussionStatus status;
  const char* reason;  // for a status, or nullptr
  std::array<const char*, 3> comments;
};

const std::vector<DemoItem> kItems = {
    {DiscussionKind::idea, "Late bus from the youth center on Friday nights",
     "Kids walk home after 9 pm along Route 9 with no lights. Could transit add one late run?", 75,
     DiscussionStatus::adopted, "Transit agreed to a three-month pilot; it is in the plan.",
     {"Our outreach workers see this every Friday.", "Transit has a small grant for exactly this.", nullptr}},
    {DiscussionKind::idea, "A second beat meeting on Saturday mornings",
     "Shift workers cannot come on Tuesday evenings.", 40, DiscussionStatus::under_consideration, nullptr,
     {"I could host it at the church hall.", "Let's ask in the next survey who would come.", nullptr}},
    {DiscussionKind::idea, "Cameras on every corner of Maple Street", "", 30, DiscussionStatus::declined,
     "The budget is committed this year, and residents asked for lighting first. We will look again in spring.",
     {"Lighting would help more, and it is cheaper.", nullptr, nullptr}},
    {DiscussionKind::thread, "What we heard at the block party", "Notes from the listening table, for anyone who missed it.",
     12, DiscussionStatus::open, nullptr,
     {"Parking near the school came up five times.", "Thank you for writing this up.", "Can we add this to the next agenda?"}},
};

std::int64_t random_id() {
  std::uint64_t value = 0;
  for (auto byte : random_bytes(8)) value = (value << 8) | byte;
  return static_cast<std::int64_t>(value & ((std::uint64_t{1} << 53) - 1)) | 1;
}

bool has_discussion(store::Connection& c, std::int64_t partnership_id) {
  return !c.query("SELECT 1 FROM discussion_items WHERE partnership_id = $1 LIMIT 1", {partnership_id}).empty();
}

// Approved minutes and a decision for the last few meetings held with attendance taken.
std::size_t write_minutes(store::Connection& c, std::int64_t partnership_id, std::int64_t writer, sys_seconds now) {
  store::MinutesRepository minutes(c);
  const auto held = store::MeetingRepository(c).held_with_attendance(partnership_id, format_utc(now));
  std::size_t written = 0;
  for (std::size_t i = held.size() > 3 ? held.size() - 3 : 0; i < held.size(); ++i) {
    const auto& m = held[i];
    const auto at = format_utc(floor<seconds>(*parse_utc(m.ends_at)) + days(2));
    minutes.insert(m.id,
                   "# " + m.fields.title + "\n\n## Updates\n\n- Partners reported on their action items.\n"
                   "- The data subgroup shared last month's calls for service.\n\n## Next steps\n\n"
                   "Each partner brings **one** concrete offer to the next meeting.\n",
                   writer, at);
    minutes.set_status(m.id, MinutesStatus::circulated, writer, at);
    minutes.set_status(m.id, MinutesStatus::approved, writer, format_utc(floor<seconds>(*parse_utc(at)) + days(5)));
    minutes.add_decision(m.id, "Keep meeting on the same schedule and review attendance each quarter.", writer, at);
    ++written;
  }
  return written;
}

}  // namespace

DemoDiscussionSummary load_demo_discussion(store::Store& store, const Clock& clock) {
  return store.write([&](store::Connection& c) {
    DemoDiscussionSummary summary;
    const auto now = floor<seconds>(clock());
    for (const auto* name : {"Eastside Neighborhood Safety Table", "Riverton Youth Violence Reduction Partnership",
                             "Marlow County Public Safety Collaborative"}) {
      auto id = find_demo_partnership(c, name);
      if (!id) continue;
      if (has_discussion(c, *id)) {
        ++summary.partnerships_kept;
        continue;
      }
      const auto people = store::MembershipRepository(c).active(*id);
      if (people.size() < 2) continue;
      store::DiscussionRepository repo(c);
      std::size_t speaker = 0;
      const auto next_person = [&] { return people[speaker++ % people.size()].id; };
      for (const auto& demo : kItems) {
        const auto item_id = random_id();
        const auto at = now - days(demo.days_ago);
        repo.insert(item_id, *id, {demo.kind, demo.title, demo.body, false}, next_person(), format_utc(at));
        if (demo.status != DiscussionStatus::open) {
          repo.set_status(item_id, 1, demo.status,
                          demo.reason ? std::optional<std::string>(demo.reason) : std::nullopt,
                          format_utc(at + days(9)));
        }
        int hour = 2;
        for (const auto* text : demo.comments) {
          if (!text) continue;
          repo.add_comment(item_id, next_person(), text, format_utc(at + hours(hour += 5)));
          ++summary.comments;
        }
        for (std::size_t k = 0; k < people.size() / 2; ++k) repo.support(item_id, people[k].id, format_utc(at));
        ++summary.items;
      }
      // Sent anonymously: no author and only the day, as the app stores them.
      repo.insert(random_id(), *id,
                  {DiscussionKind::idea, "Officers could knock less loudly on night calls",
                   "Saying this anonymously because my neighbour is on the force.", true},
                  std::nullopt, format_utc(anonymous_stamp(now - days(3))));
      ++summary.items;
      // Minutes are written by someone with an account (the demo coordinators have one).
      for (const auto& p : people) {
        if (!p.user_id) continue;
        summary.minutes += write_minutes(c, *id, *p.user_id, now);
        break;
      }
      ++summary.partnerships_created;
    }
    return summary;
  });
}

}  // namespace cg::app
