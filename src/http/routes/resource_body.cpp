#include "http/routes/resource_body.h"

#include <algorithm>
#include <array>

#include "http/routes/field_overlay.h"

namespace cg::http {

void read_fields(JsonFields& in, const boost::json::object& body, ResourceDescription& fields, bool creating) {
  auto title = in.optional_string("title");
  auto summary = in.optional_string("summary");
  auto type = in.key<ResourceType>("type", resource_type_from_key,
                                   "training, technical_assistance, publication, toolkit, case_study, lessons_learned, "
                                   "evidence_based_strategy, webinar, template, tool, dataset",
                                   false);
  if (creating) {
    need(in, body, "title", title);
    need(in, body, "summary", summary);
    need(in, body, "type", type);
  }
  overlay(fields.title, std::move(title));
  overlay(fields.summary, std::move(summary));
  overlay(fields.type, type);
  overlay(fields.link, in.nullable_string("link"));
  overlay(fields.publisher, in.optional_string("publisher"));
  overlay(fields.authors, in.optional_string_list("authors", kResourceAuthorsMax * 2));
  overlay(fields.audience, in.optional_string_list("audience", 32));
  overlay(fields.topics, in.optional_string_list("topics", kResourceTopicsMax * 2));
  if (const auto* year = in.optional_value("year")) {
    if (year->is_null()) fields.year.reset();
    else if (year->is_int64()) fields.year = static_cast<int>(std::clamp<std::int64_t>(year->as_int64(), 0, 9999));
    else in.add("year", "Must be a year, such as 2014, or null.");
  }
  overlay(fields.evidence, in.key<EvidenceRating>("evidence", evidence_rating_from_key,
                                                  "effective, promising, inconclusive, no_effect, not_rated", false));
  constexpr std::array<std::string_view, 9> kDerived = {"id",         "status",       "version",     "summary_html",
                                                        "shared_by",  "shared_from",  "created_at",  "updated_at",
                                                        "can_edit"};
  in.refuse_read_only(kDerived);
}

Result<ResourceDescription> read_resource(const boost::json::object& body, ResourceDescription fields, bool creating) {
  JsonFields in(body);
  read_fields(in, body, fields, creating);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return fields;
}

}  // namespace cg::http
