#include "domain/resource.h"

#include <algorithm>
#include <array>

#include "domain/key_table.h"
#include "domain/sector.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::array kTypes = {
    ResourceChoice<ResourceType>{ResourceType::training, "training", "Training"},
    ResourceChoice<ResourceType>{ResourceType::technical_assistance, "technical_assistance", "Technical assistance"},
    ResourceChoice<ResourceType>{ResourceType::publication, "publication", "Publication"},
    ResourceChoice<ResourceType>{ResourceType::toolkit, "toolkit", "Toolkit"},
    ResourceChoice<ResourceType>{ResourceType::case_study, "case_study", "Case study"},
    ResourceChoice<ResourceType>{ResourceType::lessons_learned, "lessons_learned", "Lessons learned"},
    ResourceChoice<ResourceType>{ResourceType::evidence_based_strategy, "evidence_based_strategy",
                                 "Evidence-based strategy"},
    ResourceChoice<ResourceType>{ResourceType::webinar, "webinar", "Webinar"},
    ResourceChoice<ResourceType>{ResourceType::template_, "template", "Template"},
    ResourceChoice<ResourceType>{ResourceType::tool, "tool", "Tool"},
    ResourceChoice<ResourceType>{ResourceType::dataset, "dataset", "Dataset"},
};

constexpr std::array kRatings = {
    ResourceChoice<EvidenceRating>{EvidenceRating::effective, "effective", "Effective"},
    ResourceChoice<EvidenceRating>{EvidenceRating::promising, "promising", "Promising"},
    ResourceChoice<EvidenceRating>{EvidenceRating::inconclusive, "inconclusive", "Inconclusive"},
    ResourceChoice<EvidenceRating>{EvidenceRating::no_effect, "no_effect", "No effect"},
    ResourceChoice<EvidenceRating>{EvidenceRating::not_rated, "not_rated", "Not rated"},
};

constexpr std::pair<ResourceStatus, std::string_view> kStatuses[] = {{ResourceStatus::submitted, "submitted"},
                                                                     {ResourceStatus::published, "published"},
                                                                     {ResourceStatus::rejected, "rejected"}};

constexpr std::array kYearRanges = {
    YearRange{"2020_on", "2020 and later", 2020, std::nullopt},
    YearRange{"2010s", "2010 to 2019", 2010, 2019},
    YearRange{"2000s", "2000 to 2009", 2000, 2009},
    YearRange{"before_2000", "Before 2000", std::nullopt, 1999},
    YearRange{"undated", "No date", std::nullopt, std::nullopt, true},
};

template <typename E, std::size_t N>
const ResourceChoice<E>& choice(const std::array<ResourceChoice<E>, N>& table, E value) {
  return info_for(std::span<const ResourceChoice<E>>(table), value, &ResourceChoice<E>::value);
}

// Trimmed, without empty entries or repeats, in the order given.
std::vector<std::string> cleaned(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& value : values) {
    auto trimmed = text::trim(value);
    if (!trimmed.empty() && std::find(out.begin(), out.end(), trimmed) == out.end()) out.push_back(std::move(trimmed));
  }
  return out;
}

}  // namespace

std::span<const ResourceChoice<ResourceType>> all_resource_types() { return kTypes; }
std::span<const ResourceChoice<EvidenceRating>> all_evidence_ratings() { return kRatings; }
std::string_view to_key(ResourceType kind) { return choice(kTypes, kind).key; }
std::string_view to_label(ResourceType kind) { return choice(kTypes, kind).label; }
std::optional<ResourceType> resource_type_from_key(std::string_view key) {
  return enum_from_key(std::span<const ResourceChoice<ResourceType>>(kTypes), key, &ResourceChoice<ResourceType>::value);
}
std::string_view to_key(EvidenceRating rating) { return choice(kRatings, rating).key; }
std::string_view to_label(EvidenceRating rating) { return choice(kRatings, rating).label; }
std::optional<EvidenceRating> evidence_rating_from_key(std::string_view key) {
  return enum_from_key(std::span<const ResourceChoice<EvidenceRating>>(kRatings), key,
                       &ResourceChoice<EvidenceRating>::value);
}
std::string_view to_key(ResourceStatus status) { return key_of(kStatuses, status); }
std::optional<ResourceStatus> resource_status_from_key(std::string_view key) { return from_key(kStatuses, key); }

Result<ResourceDescription> checked(ResourceDescription f, std::span<const std::string> topic_keys, int this_year) {
  std::vector<FieldError> errors;
  f.title = text::trim(f.title);
  f.summary = text::trim(f.summary);
  f.publisher = text::trim(f.publisher);
  f.link = text::trimmed_or_absent(f.link);
  f.authors = cleaned(f.authors);
  f.audience = cleaned(f.audience);
  f.topics = cleaned(f.topics);
  if (auto problem = text::check_text(f.title, 1, kResourceTitleMax, text::Lines::single)) {
    errors.push_back({"title", *problem});
  }
  if (auto problem = text::check_text(f.summary, 1, kResourceSummaryMax, text::Lines::multi)) {
    errors.push_back({"summary", *problem == "Required." ? "Say in a few sentences what it is and who it helps." : *problem});
  }
  if (f.link) {
    if (auto problem = text::check_web_link(*f.link)) errors.push_back({"link", *problem});
  }
  if (auto problem = text::check_text(f.publisher, 0, kResourceNameMax, text::Lines::single)) {
    errors.push_back({"publisher", *problem});
  }
  if (f.authors.size() > kResourceAuthorsMax) {
    errors.push_back({"authors", "List at most " + std::to_string(kResourceAuthorsMax) + " authors."});
  }
  for (const auto& author : f.authors) {
    if (auto problem = text::check_text(author, 1, kResourceNameMax, text::Lines::single)) {
      errors.push_back({"authors", "Each author: " + *problem});
      break;
    }
  }
  for (const auto& key : f.audience) {
    if (!sector_from_key(key)) {
      errors.push_back({"audience", "Choose the audience from the sectors list (" + key + " is not one)."});
      break;
    }
  }
  if (f.year && (*f.year < kResourceEarliestYear || *f.year > this_year + 1)) {
    errors.push_back({"year", "Give the year it was published, from " + std::to_string(kResourceEarliestYear) +
                                  " to " + std::to_string(this_year + 1) + "."});
  }
  if (f.topics.size() > kResourceTopicsMax) {
    errors.push_back({"topics", "Choose at most " + std::to_string(kResourceTopicsMax) + " topics."});
  }
  for (const auto& key : f.topics) {
    if (std::find(topic_keys.begin(), topic_keys.end(), key) == topic_keys.end()) {
      errors.push_back({"topics", "Choose topics from the list (" + key + " is not one)."});
      break;
    }
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

std::string link_key(std::string_view link) {
  const auto lower = text::ascii_lower(link.substr(0, 8));
  link.remove_prefix(lower.starts_with("https://") ? 8 : lower.starts_with("http://") ? 7 : 0);
  link = link.substr(0, link.find('#'));
  const auto host_end = std::min(link.find_first_of("/?"), link.size());
  auto host = text::ascii_lower(link.substr(0, host_end));
  if (host.starts_with("www.")) host.erase(0, 4);
  auto rest = link.substr(host_end);
  const auto query = rest.find('?');
  auto path = rest.substr(0, query);
  while (path.ends_with('/')) path.remove_suffix(1);
  return host + std::string(path) + std::string(query == std::string_view::npos ? "" : rest.substr(query));
}

std::string catalog_text(const ResourceDescription& fields, std::span<const std::string> topic_labels) {
  std::string out = fields.publisher;
  const auto add = [&out](const std::string& part) {
    if (!out.empty()) out += ' ';
    out += part;
  };
  for (const auto& author : fields.authors) add(author);
  for (const auto& label : topic_labels) add(label);
  return out;
}

std::optional<std::string> moderation_refusal(ResourceStatus from, ResourceStatus to,
                                              const std::optional<std::string>& reason) {
  if (to == ResourceStatus::submitted) return "A resource goes back to the queue only when it is shared again.";
  if (from == to) return std::string("It is already ") + std::string(to_key(to)) + ".";
  if (to == ResourceStatus::rejected && !reason) {
    return "Say why it is not published: the person who shared it will read the reason.";
  }
  return std::nullopt;
}

std::span<const YearRange> all_year_ranges() { return kYearRanges; }

const YearRange* year_range_from_key(std::string_view key) {
  for (const auto& range : kYearRanges) {
    if (range.key == key) return &range;
  }
  return nullptr;
}

}  // namespace cg
