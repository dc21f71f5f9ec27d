#include "app/resource_json.h"

#include <algorithm>

#include "app/json_values.h"
#include "domain/markdown.h"
#include "domain/sector.h"

namespace cg::app {
namespace {

namespace json = boost::json;

std::string topic_label(const std::vector<store::ResourceTopic>& topics, const std::string& key) {
  auto found = std::find_if(topics.begin(), topics.end(), [&](const auto& t) { return t.key == key; });
  return found == topics.end() ? key : found->label;
}

json::object choice(std::string_view key, std::string_view label) { return {{"key", key}, {"label", label}}; }

json::array string_array(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

json::object full_json(const store::ResourceEntry& r, const std::vector<store::ResourceTopic>& topics,
                       bool show_sharer) {
  auto out = resource_card_json(r, topics);
  out["summary"] = r.fields.summary;
  out["summary_html"] = markdown_to_html(r.fields.summary);
  out["rejection_reason"] = optional_json(r.rejection_reason);
  out["moderated_at"] = optional_json(r.moderated_at);
  out["version"] = r.version;
  // Who shared it is for its moderators and the sharer: the public sees the publisher.
  out["shared_by"] = show_sharer && r.shared_by ? json::value(json::object{{"id", *r.shared_by},
                                                                           {"name", optional_json(r.shared_by_name)}})
                                                : json::value(nullptr);
  out["shared_from"] = show_sharer && r.shared_from
                           ? json::value(json::object{{"id", *r.shared_from}, {"name", optional_json(r.shared_from_name)}})
                           : json::value(nullptr);
  return out;
}

// The snippet as pieces, each matched or not, so a page marks matches without reading HTML.
json::array snippet_json(std::string_view snippet) {
  json::array out;
  bool match = false;
  while (!snippet.empty()) {
    const auto mark = snippet.find(match ? store::kMatchEnd : store::kMatchStart);
    const auto text = snippet.substr(0, mark);
    if (!text.empty()) out.push_back(json::object{{"text", text}, {"match", match}});
    if (mark == std::string_view::npos) break;
    snippet.remove_prefix(mark + store::kMatchStart.size());
    match = !match;
  }
  return out;
}

json::array facet_json(const std::vector<FacetCount>& counts, auto label_of) {
  json::array out;
  for (const auto& c : counts) {
    auto entry = choice(c.key, label_of(c.key));
    entry["count"] = c.count;
    out.push_back(std::move(entry));
  }
  return out;
}

std::string type_label(const std::string& key) {
  const auto type = resource_type_from_key(key);
  return type ? std::string(to_label(*type)) : key;
}

std::string evidence_label(const std::string& key) {
  const auto rating = evidence_rating_from_key(key);
  return rating ? std::string(to_label(*rating)) : key;
}

std::string year_label(const std::string& key) {
  const auto* range = year_range_from_key(key);
  return range ? std::string(range->label) : key;
}

}  // namespace

// What every listing shows of a resource: enough to judge it without opening it.
json::object resource_card_json(const store::ResourceEntry& r, const std::vector<store::ResourceTopic>& topics) {
  json::array topic_list;
  for (const auto& key : r.fields.topics) topic_list.push_back(choice(key, topic_label(topics, key)));
  json::array audience;
  for (const auto& key : r.fields.audience) {
    const auto sector = sector_from_key(key);
    audience.push_back(choice(key, sector ? to_label(*sector) : std::string_view(key)));
  }
  return {{"id", r.id},
          {"title", r.fields.title},
          {"type", choice(to_key(r.fields.type), to_label(r.fields.type))},
          {"link", optional_json(r.fields.link)},
          {"publisher", r.fields.publisher},
          {"authors", string_array(r.fields.authors)},
          {"audience", std::move(audience)},
          {"year", r.fields.year ? json::value(*r.fields.year) : json::value(nullptr)},
          {"evidence", choice(to_key(r.fields.evidence), to_label(r.fields.evidence))},
          {"topics", std::move(topic_list)},
          {"visibility", r.partnership_id ? "partnership" : "public"},
          {"partnership_id", optional_json(r.partnership_id)},
          {"status", to_key(r.status)},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

json::array resource_hits_json(const std::vector<store::ResourceHit>& hits, const std::vector<store::ResourceTopic>& topics) {
  json::array out;
  for (const auto& hit : hits) {
    auto card = resource_card_json(hit.resource, topics);
    card["snippet"] = snippet_json(hit.snippet);
    out.push_back(std::move(card));
  }
  return out;
}

json::object resource_search_json(const ResourceSearchResults& s) {
  const auto& f = s.counts.facets;
  const auto facet = [&](const char* name, auto label_of) {
    auto found = f.find(name);
    return found == f.end() ? json::array() : facet_json(found->second, label_of);
  };
  const auto topics = [&](const std::string& key) { return topic_label(s.topics, key); };
  const auto same = [](const std::string& key) { return key; };
  return {{"total", s.counts.total},
          {"page", s.page},
          {"per_page", s.per_page},
          {"items", resource_hits_json(s.hits, s.topics)},
          {"facets", json::object{{"type", facet("type", type_label)},
                                  {"topic", facet("topic", topics)},
                                  {"evidence", facet("evidence", evidence_label)},
                                  {"year", facet("year", year_label)},
                                  {"publisher", facet("publisher", same)}}}};
}

json::object resource_json(const ResourcePage& view) {
  auto out = full_json(view.resource, view.topics, view.can_edit);
  out["can_edit"] = view.can_edit;
  out["can_moderate"] = view.can_moderate;
  out["usefulness"] = {{"average", view.usefulness.ratings ? json::value(view.usefulness.average) : json::value(nullptr)},
                       {"ratings", view.usefulness.ratings}};
  json::array lessons;
  for (const auto& l : view.lessons) {
    lessons.push_back(json::object{{"partnership_id", optional_json(l.partnership_id)},
                                   {"partnership", optional_json(l.partnership_name)},
                                   {"rating", l.rating ? json::value(*l.rating) : json::value(nullptr)},
                                   {"lessons", l.lessons},
                                   {"written_at", l.reviewed_at}});
  }
  out["lessons"] = std::move(lessons);
  out["on_shelves_of"] = json::array(view.on_shelves_of.begin(), view.on_shelves_of.end());
  return out;
}



json::array resource_list_json(const std::vector<ResourceListing>& listings,
                               const std::vector<store::ResourceTopic>& topics) {
  json::array out;
  for (const auto& l : listings) {
    auto item = full_json(l.resource, topics, true);
    item["can_edit"] = l.can_edit;
    item["can_moderate"] = l.can_moderate;
    out.push_back(std::move(item));
  }
  return out;
}

json::array resource_topics_json(const std::vector<store::ResourceTopic>& topics) {
  json::array out;
  for (const auto& t : topics) out.push_back(choice(t.key, t.label));
  return out;
}

}  // namespace cg::app
