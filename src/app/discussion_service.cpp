#include "app/discussion_service.h"

#include <boost/json/object.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/notices.h"
#include "app/partnership_gate.h"
#include "app/secrets.h"
#include "domain/membership.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/membership_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using namespace std::chrono;

Error item_not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, "There is no idea or thread with id " + std::to_string(id) +
                                               " in this partnership.");
}

Error members_only(std::string_view what) {
  return Error::make(ErrorKind::forbidden, "Only members of this partnership " + std::string(what) + ".");
}

// Random, positive and below 2^53 so JavaScript reads it exactly: see 0010_discussion.sql for why
// item ids are not a sequence.
std::int64_t random_item_id() {
  std::uint64_t value = 0;
  while (value == 0) {
    for (auto byte : random_bytes(8)) value = (value << 8) | byte;
    value &= (std::uint64_t{1} << 53) - 1;
  }
  return static_cast<std::int64_t>(value);
}

struct Entered {
  PartnershipAccess access;
  DiscussionView view;
};

Result<Entered> enter(store::Connection& c, std::int64_t partnership_id, const User& user, PartnershipAction action) {
  auto access = enter_partnership(c, partnership_id, user, action);
  if (!access) return std::move(access).error();
  DiscussionView view;
  view.moderator = partnership_allows(access->acting_role, PartnershipAction::moderate_discussion);
  view.me = access->my_seat();
  for (const auto& m : store::MembershipRepository(c).seated_ever(partnership_id)) view.names.emplace(m.id, display_name(m));
  return Entered{std::move(*access), std::move(view)};
}

// An anonymous idea is for the coordinators: to anyone else it does not exist.
Result<store::DiscussionItemRecord> find_visible(store::DiscussionRepository& repo, const Entered& in, std::int64_t id) {
  auto item = repo.find(in.access.id(), id, in.view.me);
  if (!item || (item->fields.anonymous && !in.view.moderator)) return item_not_found(id);
  return std::move(*item);
}

DiscussionThread thread_of(store::DiscussionRepository& repo, Entered in, store::DiscussionItemRecord item) {
  DiscussionThread out;
  out.comments = repo.comments(item.id);
  out.item = std::move(item);
  out.view = std::move(in.view);
  return out;
}

// The thread as it is now, after a change.
DiscussionThread reread(store::DiscussionRepository& repo, Entered in, std::int64_t id) {
  auto item = *repo.find(in.access.id(), id, in.view.me);
  return thread_of(repo, std::move(in), std::move(item));
}

store::NewNotification discussion_notice(const store::DiscussionItemRecord& item, NotificationKind kind,
                                          std::string text) {
  return {item.partnership_id,
          kind,
          "discussion-" + std::to_string(item.id),
          item.fields.title,
          std::move(text),
          "/partnerships/" + std::to_string(item.partnership_id) + "/discussion/" + std::to_string(item.id)};
}

// The accounts of the item's author and everyone who commented on it, but `except`.
std::vector<std::int64_t> people_in_the_thread(store::Connection& c, const DiscussionThread& thread,
                                               std::optional<std::int64_t> except) {
  std::vector<std::int64_t> seats;
  if (thread.item.author) seats.push_back(*thread.item.author);
  for (const auto& comment : thread.comments) seats.push_back(comment.membership_id);
  return accounts_of(c, thread.item.partnership_id, seats, except);
}

boost::json::object item_audit(const store::DiscussionItemRecord& item) {
  return {{"kind", to_key(item.fields.kind)}, {"title", item.fields.title}, {"status", to_key(item.status)}};
}

}  // namespace

Result<DiscussionBoard> DiscussionService::board(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<DiscussionBoard> {
    auto in = enter(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!in) return std::move(in).error();
    DiscussionBoard out;
    out.items = store::DiscussionRepository(c).list(partnership_id, in->view.moderator, in->view.me);
    out.view = std::move(in->view);
    return out;
  });
}

Result<DiscussionThread> DiscussionService::get(std::int64_t partnership_id, std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<DiscussionThread> {
    auto in = enter(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!in) return std::move(in).error();
    store::DiscussionRepository repo(c);
    auto item = find_visible(repo, *in, id);
    if (!item) return std::move(item).error();
    return thread_of(repo, std::move(*in), std::move(*item));
  });
}

Result<DiscussionThread> DiscussionService::start(std::int64_t partnership_id, DiscussionFields input, const User& by,
                                                  const Actor& actor) {
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<DiscussionThread> {
    auto in = enter(c, partnership_id, by, PartnershipAction::discuss);
    if (!in) return std::move(in).error();
    if (!in->view.me) return members_only("start ideas and threads");
    store::DiscussionRepository repo(c);
    const auto now = floor<seconds>(clock_());
    const auto id = random_item_id();
    if (fields->anonymous) {
      // No author, the day only, and no audit entry: nothing stored leads back to the writer.
      repo.insert(id, partnership_id, *fields, std::nullopt, format_utc(anonymous_stamp(now)));
      auto item = *repo.find(partnership_id, id, std::nullopt);
      return thread_of(repo, std::move(*in), std::move(item));
    }
    const auto at = format_utc(now);
    repo.insert(id, partnership_id, *fields, in->view.me, at);
    auto thread = reread(repo, std::move(*in), id);
    append_audit(c, actor, at, audit_change("discussion.start", "discussion_item", id, item_audit(thread.item)));
    const auto who = thread.view.names.at(*thread.item.author);
    notify(c,
           discussion_notice(thread.item, NotificationKind::discussion_started,
                             who + (fields->kind == DiscussionKind::idea ? " shared an idea." : " started a thread.")),
           people_at_the_table(c, partnership_id, by.id), at);
    return thread;
  });
}

Result<DiscussionThread> DiscussionService::comment(std::int64_t partnership_id, std::int64_t id, std::string body,
                                                    const User& by) {
  body = text::trim(body);
  if (auto problem = text::check_text(body, 1, kDiscussionCommentMax, text::Lines::multi)) {
    return Error::invalid_field("body", *problem);
  }
  return store_.write([&](store::Connection& c) -> Result<DiscussionThread> {
    auto in = enter(c, partnership_id, by, PartnershipAction::discuss);
    if (!in) return std::move(in).error();
    if (!in->view.me) return members_only("comment");
    store::DiscussionRepository repo(c);
    auto item = find_visible(repo, *in, id);
    if (!item) return std::move(item).error();
    if (item->hidden_at) return Error::make(ErrorKind::conflict, "This was hidden by a coordinator; it takes no comments.");
    const auto at = format_utc(clock_());
    repo.add_comment(id, *in->view.me, body, at);
    auto thread = reread(repo, std::move(*in), id);
    notify(c,
           discussion_notice(thread.item, NotificationKind::discussion_comment,
                             thread.view.names.at(*thread.view.me) + " commented."),
           people_in_the_thread(c, thread, by.id), at);
    return thread;
  });
}

Result<DiscussionThread> DiscussionService::support(std::int64_t partnership_id, std::int64_t id, bool supporting,
                                                    const User& by) {
  return store_.write([&](store::Connection& c) -> Result<DiscussionThread> {
    auto in = enter(c, partnership_id, by, PartnershipAction::discuss);
    if (!in) return std::move(in).error();
    if (!in->view.me) return members_only("support ideas");
    store::DiscussionRepository repo(c);
    auto item = find_visible(repo, *in, id);
    if (!item) return std::move(item).error();
    if (supporting) {
      repo.support(id, *in->view.me, format_utc(clock_()));
    } else {
      repo.withdraw_support(id, *in->view.me);
    }
    return reread(repo, std::move(*in), id);
  });
}

Result<DiscussionThread> DiscussionService::set_status(std::int64_t partnership_id, std::int64_t id,
                                                       std::optional<std::int64_t> based_on, StatusChange change,
                                                       const User& by, const Actor& actor) {
  if (!based_on) return version_required();
  change.reason = text::trimmed_or_absent(change.reason);
  if (change.reason) {
    if (auto problem = text::check_text(*change.reason, 1, kStatusReasonMax, text::Lines::multi)) {
      return Error::invalid_field("reason", *problem);
    }
  }
  if (change.activity && change.status != DiscussionStatus::adopted) {
    return Error::invalid_field("activity", "Only an adopted idea becomes a plan activity.");
  }
  return store_.write([&](store::Connection& c) -> Result<DiscussionThread> {
    auto in = enter(c, partnership_id, by, PartnershipAction::moderate_discussion);
    if (!in) return std::move(in).error();
    store::DiscussionRepository repo(c);
    auto item = find_visible(repo, *in, id);
    if (!item) return std::move(item).error();
    if (auto refusal = status_refusal(item->status, change.status, change.reason)) {
      return Error::make(ErrorKind::conflict, *refusal);
    }
    const auto now = format_utc(clock_());
    if (!repo.set_status(id, *based_on, change.status, change.reason, now)) {
      return edited_by_someone_else("this idea");
    }
    if (change.activity) {
      auto activity = plans_.create_activity_in(c, partnership_id, std::move(*change.activity), by, actor);
      if (!activity) return std::move(activity).error();
      repo.link_activity(id, activity->stamp.id);
    }
    auto thread = reread(repo, std::move(*in), id);
    auto audit = item_audit(thread.item);
    if (change.reason) audit["reason"] = *change.reason;
    append_audit(c, actor, now, audit_change("discussion.status", "discussion_item", id, audit));
    if (thread.item.author) {
      const auto why = change.reason ? " " + *change.reason : std::string();
      notify(c,
             discussion_notice(thread.item, NotificationKind::discussion_status,
                               "Now " + std::string(discussion_status_label(change.status)) + "." + why),
             accounts_of(c, partnership_id, {*thread.item.author}, by.id), now);
    }
    return thread;
  });
}

Result<bool> DiscussionService::report(std::int64_t partnership_id, ReportTarget target, ReportReason reason,
                                       const User& by) {
  return store_.write([&](store::Connection& c) -> Result<bool> {
    auto in = enter(c, partnership_id, by, PartnershipAction::discuss);
    if (!in) return std::move(in).error();
    if (!in->view.me) return members_only("report content");
    store::DiscussionRepository repo(c);
    auto item = find_visible(repo, *in, target.item_id);
    if (!item) return std::move(item).error();
    if (target.comment_id && !repo.find_comment(target.item_id, *target.comment_id)) {
      return Error::make(ErrorKind::not_found, "There is no such comment on this item.");
    }
    return repo.report(partnership_id, target.item_id, target.comment_id, *in->view.me, reason, format_utc(clock_()));
  });
}

Result<DiscussionThread> DiscussionService::hide(std::int64_t partnership_id, ReportTarget target, const User& by,
                                                 const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<DiscussionThread> {
    auto in = enter(c, partnership_id, by, PartnershipAction::moderate_discussion);
    if (!in) return std::move(in).error();
    store::DiscussionRepository repo(c);
    auto item = find_visible(repo, *in, target.item_id);
    if (!item) return std::move(item).error();
    const auto me = in->view.me;
    const auto now = format_utc(clock_());
    if (target.comment_id) {
      auto comment = repo.find_comment(target.item_id, *target.comment_id);
      if (!comment) return Error::make(ErrorKind::not_found, "There is no such comment on this item.");
      if (auto refusal = hide_refusal(me && comment->membership_id == *me, comment->hidden_at.has_value())) {
        return Error::make(ErrorKind::conflict, *refusal);
      }
      repo.hide_comment(comment->id, me, now);
    } else {
      if (auto refusal = hide_refusal(me && item->author == me, item->hidden_at.has_value())) {
        return Error::make(ErrorKind::conflict, *refusal);
      }
      repo.hide_item(item->id, me, now);
    }
    append_audit(c, actor, now,
                 audit_change("discussion.hide", target.comment_id ? "discussion_comment" : "discussion_item",
                              target.comment_id.value_or(target.item_id), item_audit(*item)));
    return reread(repo, std::move(*in), target.item_id);
  });
}

}  // namespace cg::app
