#include "app/resource_topic_service.h"

#include <algorithm>
#include <boost/json/object.hpp>

#include "app/access_policy.h"
#include "app/audit_trail.h"
#include "domain/resource.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/errors.h"
#include "store/resource_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

constexpr std::size_t kTopicLabelMax = 80;

std::optional<std::string> key_problem(const std::string& key) {
  const bool shaped = key.size() >= 2 && key.size() <= 40 && std::all_of(key.begin(), key.end(), [](char ch) {
                        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
                      });
  if (!shaped) return "Use 2 to 40 lower-case letters, digits and underscores, such as \"school_safety\".";
  return std::nullopt;
}

Error label_taken(const std::string& label) {
  return Error::make(ErrorKind::conflict, "There is already a topic called " + label + ".");
}

}  // namespace

std::vector<store::ResourceTopic> ResourceTopicService::list() {
  return store_.read([](store::Connection& c) { return store::ResourceTopicRepository(c).list(); });
}

Result<std::vector<store::ResourceTopic>> ResourceTopicService::add(store::ResourceTopic topic, const User& by,
                                                                    const Actor& actor) {
  if (auto allowed = authorize(by, Action::manage_resource_topics); !allowed) return std::move(allowed).error();
  topic.label = text::trim(topic.label);
  std::vector<FieldError> errors;
  if (auto problem = key_problem(topic.key)) errors.push_back({"key", *problem});
  if (auto problem = text::check_text(topic.label, 1, kTopicLabelMax, text::Lines::single)) {
    errors.push_back({"label", *problem});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const auto now = format_utc(clock_());
  auto added = store_.write([&](store::Connection& c) -> Result<std::vector<store::ResourceTopic>> {
    store::ResourceTopicRepository topics(c);
    try {
      topics.add(topic);
    } catch (const store::UniqueViolation&) {
      return Error::make(ErrorKind::conflict, "There is already a topic with that key or name.");
    }
    append_audit(c, actor, now,
                 {"resource_topic.add", "success", "resource_topic", topic.key, std::nullopt,
                  boost::json::serialize(boost::json::object{{"label", topic.label}})});
    return topics.list();
  });
  resources_.forget_searches();  // their facets name every topic
  return added;
}

Result<std::vector<store::ResourceTopic>> ResourceTopicService::rename(const std::string& key, std::string label,
                                                                       const User& by, const Actor& actor) {
  if (auto allowed = authorize(by, Action::manage_resource_topics); !allowed) return std::move(allowed).error();
  label = text::trim(label);
  if (auto problem = text::check_text(label, 1, kTopicLabelMax, text::Lines::single)) {
    return Error::invalid_field("label", *problem);
  }
  const auto now = format_utc(clock_());
  auto renamed = store_.write([&](store::Connection& c) -> Result<std::vector<store::ResourceTopic>> {
    store::ResourceTopicRepository topics(c);
    try {
      if (!topics.rename(key, label)) return Error::make(ErrorKind::not_found, "There is no topic " + key + ".");
    } catch (const store::UniqueViolation&) {
      return label_taken(label);
    }
    const auto all = topics.list();
    store::ResourceRepository resources(c);
    for (const auto id : resources.filed_under(key)) {
      const auto resource = *resources.find(id);
      resources.set_catalog_text(id, catalog_text(resource.fields, store::labels_of(all, resource.fields.topics)));
    }
    append_audit(c, actor, now,
                 {"resource_topic.rename", "success", "resource_topic", key, std::nullopt,
                  boost::json::serialize(boost::json::object{{"label", label}})});
    return all;
  });
  resources_.forget_searches();  // the renamed topic's resources are found by its new name
  return renamed;
}

}  // namespace cg::app
