#include "app/discussion_json.h"

#include <boost/json/array.hpp>

#include "app/json_values.h"

namespace cg::app {
namespace {

namespace json = boost::json;

json::value person(const DiscussionView& view, std::optional<std::int64_t> membership_id) {
  if (!membership_id) return nullptr;
  auto name = view.names.find(*membership_id);
  return json::object{{"membership_id", *membership_id},
                      {"display_name", name == view.names.end() ? "A former member" : name->second}};
}

// Hidden words stay readable to moderators (they judge them); others see only that they were hidden.
std::string shown(const DiscussionView& view, bool hidden, const std::string& text) {
  return hidden && !view.moderator ? std::string() : text;
}

json::object item_json(const DiscussionView& view, const store::DiscussionItemRecord& item) {
  const bool hidden = item.hidden_at.has_value();
  json::object out{{"id", item.id},
                   {"kind", to_key(item.fields.kind)},
                   {"title", hidden && !view.moderator ? "Hidden by a coordinator" : item.fields.title},
                   {"body", shown(view, hidden, item.fields.body)},
                   {"anonymous", item.fields.anonymous},
                   {"author", person(view, item.author)},
                   {"mine", view.me.has_value() && item.author == view.me},
                   {"status", to_key(item.status)},
                   {"status_reason", optional_json(item.status_reason)},
                   {"activity_id", optional_json(item.activity_id)},
                   {"hidden", hidden},
                   {"supports", item.supports},
                   {"supported_by_me", item.supported_by_me},
                   {"comments", item.comments},
                   {"version", item.version},
                   {"created_at", item.created_at},
                   {"updated_at", item.updated_at}};
  if (view.moderator) out["open_reports"] = item.open_reports;
  return out;
}

json::object comment_json(const DiscussionView& view, const store::DiscussionComment& comment) {
  const bool hidden = comment.hidden_at.has_value();
  json::object out{{"id", comment.id},
                   {"author", person(view, comment.membership_id)},
                   {"mine", view.me == comment.membership_id},
                   {"body", shown(view, hidden, comment.body)},
                   {"hidden", hidden},
                   {"created_at", comment.created_at}};
  if (view.moderator) out["open_reports"] = comment.open_reports;
  return out;
}

json::object viewer_json(const DiscussionView& view) {
  return {{"moderator", view.moderator}, {"member", view.me.has_value()}};
}

}  // namespace

json::object discussion_board_json(const DiscussionBoard& board) {
  json::array items;
  for (const auto& item : board.items) items.push_back(item_json(board.view, item));
  return {{"viewer", viewer_json(board.view)}, {"items", std::move(items)}};
}

json::object discussion_thread_json(const DiscussionThread& thread) {
  auto out = item_json(thread.view, thread.item);
  json::array comments;
  for (const auto& c : thread.comments) comments.push_back(comment_json(thread.view, c));
  out["comment_list"] = std::move(comments);
  out["viewer"] = viewer_json(thread.view);
  return out;
}

}  // namespace cg::app
