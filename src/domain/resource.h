// The clearinghouse's records: training, technical assistance, publications, toolkits, evidence-
// based strategies and the rest, each with topics from a managed list, an evidence rating, the
// sectors it is written for, and a moderation state. Public ones are for anyone; a partnership can
// keep one for itself. Pure: no I/O.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

namespace cg {

enum class ResourceType {
  training, technical_assistance, publication, toolkit, case_study, lessons_learned,
  evidence_based_strategy, webinar, template_, tool, dataset
};
enum class EvidenceRating { effective, promising, inconclusive, no_effect, not_rated };
enum class ResourceStatus { submitted, published, rejected };

template <typename E>
struct ResourceChoice {
  E value;
  std::string_view key;    // stable API value
  std::string_view label;  // what people read
};

std::span<const ResourceChoice<ResourceType>> all_resource_types();
std::span<const ResourceChoice<EvidenceRating>> all_evidence_ratings();
std::string_view to_key(ResourceType kind);
std::string_view to_label(ResourceType kind);
std::optional<ResourceType> resource_type_from_key(std::string_view key);
std::string_view to_key(EvidenceRating rating);
std::string_view to_label(EvidenceRating rating);
std::optional<EvidenceRating> evidence_rating_from_key(std::string_view key);
std::string_view to_key(ResourceStatus status);
std::optional<ResourceStatus> resource_status_from_key(std::string_view key);

inline constexpr std::size_t kResourceTitleMax = 300;
inline constexpr std::size_t kResourceSummaryMax = 20000;
inline constexpr std::size_t kResourceNameMax = 200;   // publisher, each author
inline constexpr std::size_t kResourceAuthorsMax = 20;
inline constexpr std::size_t kResourceTopicsMax = 8;
inline constexpr int kResourceEarliestYear = 1900;

struct ResourceDescription {
  std::string title;
  ResourceType type = ResourceType::publication;
  std::string summary;  // Markdown
  std::optional<std::string> link;
  std::string publisher;
  std::vector<std::string> authors;
  std::vector<std::string> audience;  // sector keys
  std::optional<int> year;
  EvidenceRating evidence = EvidenceRating::not_rated;
  std::vector<std::string> topics;    // topic keys, from the managed list
  bool operator==(const ResourceDescription&) const = default;
};

// The fields trimmed, de-duplicated and checked against the topic list and this year; errors name
// title, summary, link, publisher, authors, audience, year and topics.
Result<ResourceDescription> checked(ResourceDescription fields, std::span<const std::string> topic_keys, int this_year);

// What makes two links the same resource: no scheme, no "www.", no fragment, no trailing slash,
// the host in lower case ("HTTPS://www.Example.org/a/#x" and "http://example.org/a" agree).
std::string link_key(std::string_view link);

// The words search finds a resource by besides its title and summary: publisher, authors and the
// names of its topics (`topic_labels`, in the resource's order).
std::string catalog_text(const ResourceDescription& fields, std::span<const std::string> topic_labels);

// Who may publish or reject, and when: a submission is published or rejected; a rejection can be
// reconsidered and published; a published resource can be withdrawn (rejected). A rejection needs
// a reason the person who shared it will read.
std::optional<std::string> moderation_refusal(ResourceStatus from, ResourceStatus to,
                                              const std::optional<std::string>& reason);

// Year ranges for the search facet, oldest last; a resource without a year is "undated".
struct YearRange {
  std::string_view key;
  std::string_view label;
  std::optional<int> from, to;  // inclusive; absent: open
  bool undated = false;         // the range of resources with no year
};
std::span<const YearRange> all_year_ranges();
const YearRange* year_range_from_key(std::string_view key);

}  // namespace cg
