#include <boost/json.hpp>

#include "app/plan_json.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "http/routes/json_lists.h"
#include "http/routes/plan_routes.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

Result<ReviewFields> read_review(const json::object& body) {
  JsonFields in(body);
  ReviewFields f;
  auto held_on = in.nullable_date("held_on");
  if (!body.contains("held_on") || (held_on && !*held_on)) in.add("held_on", "Required.");
  if (held_on && *held_on) f.held_on = **held_on;
  f.summary = in.nullable_string("summary").value_or(std::nullopt);
  f.participant_ids = in.optional_id_list("participant_ids", 500).value_or(std::vector<std::int64_t>{});
  f.ratings = read_list<ObjectiveRating>(in, "ratings", 1000, [](JsonFields& item) {
    ObjectiveRating r;
    r.objective_id = item.optional_integer("objective_id", 1, INT64_MAX).value_or(0);
    if (!r.objective_id) item.add("objective_id", "Required.");
    auto rating = item.key<ReviewRating>("rating", review_rating_from_key, "on_track, at_risk, off_track", true);
    if (rating) r.rating = *rating;
    r.note = item.nullable_string("note").value_or(std::nullopt);
    return r;
  });
  f.decisions = in.optional_string_list("decisions", kReviewDecisionsMax).value_or(std::vector<std::string>{});
  f.commitments = read_list<AccountabilityItem>(in, "commitments", kReviewCommitmentsMax, [](JsonFields& item) {
    AccountabilityItem c;
    c.title = item.required_string("title").value_or("");
    c.owner_id = item.optional_integer("owner_id", 1, INT64_MAX).value_or(0);
    if (!c.owner_id) item.add("owner_id", "Required: who committed to it.");
    auto due = item.nullable_date("due_on");
    if (due && *due) c.due_on = **due;
    else item.add("due_on", "Required: by when.");
    c.objective_id = item.nullable_id("objective_id").value_or(std::nullopt);
    return c;
  });
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

}  // namespace

void add_plan_review_routes(Router& router, app::PlanReviewService& reviews, const Authentication& auth) {
  const std::string base = "/api/v1/partnerships/{id}/plan/reviews";

  router.add("GET", base, [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, reviews.list(*id, who.user), 200, [](const app::ReviewList& list) {
        json::array items;
        for (const auto& r : list.items) items.push_back(app::plan_review_json(r));
        return json::object{{"items", std::move(items)},
                            {"next", list.next ? json::value(app::review_json(*list.next)) : json::value(nullptr)}};
      });
    });
  });
  router.add("POST", base, [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto fields = read_review(body);
        if (!fields) return problem_response(fields.error(), request);
        return respond(request, reviews.record(*id, std::move(*fields), who.user, actor), 201, app::plan_review_json);
      });
    });
  });
  router.add("GET", base + "/{review_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "review_id");
      if (!ids) return problem_response(ids.error(), request);
      return respond(request, reviews.get(ids->first, ids->second, who.user), 200, app::plan_review_json);
    });
  });
  router.add("GET", base + "/{review_id}/compare", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "review_id");
      if (!ids) return problem_response(ids.error(), request);
      auto errors = unknown_query_params(request, {"with"});
      const auto other = text::positive_whole_number(request.query_param("with").value_or(""));
      if (!other) errors.push_back({"with", "Name the other review: ?with=<review id>."});
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      return respond(request, reviews.compare(ids->first, ids->second, *other, who.user), 200,
                     [](const app::ReviewComparison& c) {
                       return json::object{{"before", app::plan_review_json(c.before)},
                                           {"after", app::plan_review_json(c.after)},
                                           {"changes", app::snapshot_comparison_json(c.changes)}};
                     });
    });
  });
}

}  // namespace cg::http
