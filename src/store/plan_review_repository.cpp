#include "store/plan_review_repository.h"

#include <boost/json.hpp>

#include "store/errors.h"

namespace cg::store {
namespace {

namespace json = boost::json;

constexpr std::string_view kColumns =
    "id, partnership_id, held_on, summary, participants, ratings, decisions, snapshot, recorded_by, created_at";

json::value optional_number(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }
std::optional<double> number_or_null(const json::value& v) {
  if (v.is_null()) return std::nullopt;
  return v.to_number<double>();
}

json::value parsed(const std::string& stored) {
  boost::system::error_code ec;
  auto value = json::parse(stored, ec);
  if (ec) throw DatabaseError("a stored review is not JSON: " + stored);
  return value;
}

std::string ids_json(const std::vector<std::int64_t>& ids) {
  json::array out;
  for (auto id : ids) out.push_back(id);
  return json::serialize(out);
}

std::string ratings_json(const std::vector<ObjectiveRating>& ratings) {
  json::array out;
  for (const auto& r : ratings) {
    out.push_back(json::object{{"objective_id", r.objective_id},
                               {"rating", to_key(r.rating)},
                               {"note", r.note ? json::value(*r.note) : json::value(nullptr)}});
  }
  return json::serialize(out);
}

std::string strings_json(const std::vector<std::string>& items) {
  json::array out;
  for (const auto& s : items) out.emplace_back(s);
  return json::serialize(out);
}

std::string snapshot_json(const PlanSnapshot& s) {
  json::array objectives;
  for (const auto& o : s.objectives) {
    objectives.push_back(json::object{
        {"objective_id", o.objective_id},
        {"title", o.title},
        {"progress", optional_number(o.progress)},
        {"expected", o.expected},
        {"trajectory", to_key(o.trajectory)},
        {"rating", o.rating ? json::value(to_key(*o.rating)) : json::value(nullptr)}});
  }
  return json::serialize(json::object{{"progress", optional_number(s.progress)},
                                      {"activities", s.activities},
                                      {"done", s.done},
                                      {"overdue", s.overdue},
                                      {"objectives", std::move(objectives)}});
}

Trajectory trajectory_from_key(std::string_view key) {
  for (auto t : {Trajectory::not_started, Trajectory::no_data, Trajectory::on_track, Trajectory::behind,
                 Trajectory::achieved}) {
    if (to_key(t) == key) return t;
  }
  throw DatabaseError("unknown trajectory in a review snapshot");
}

ReviewRecord review_from(const Row& row) {
  ReviewRecord r;
  r.id = row.integer(0);
  r.partnership_id = row.integer(1);
  r.held_on = row.date(2);
  r.summary = row.optional_text(3);
  try {
    // Each parsed document is kept in a named value: a range-for over a member of a temporary
    // would read freed memory.
    const auto participants = parsed(row.text(4));
    for (const auto& id : participants.as_array()) r.participant_ids.push_back(id.to_number<std::int64_t>());
    const auto ratings = parsed(row.text(5));
    for (const auto& v : ratings.as_array()) {
      const auto& o = v.as_object();
      ObjectiveRating rating;
      rating.objective_id = o.at("objective_id").to_number<std::int64_t>();
      auto key = review_rating_from_key(std::string_view(o.at("rating").as_string()));
      if (!key) throw DatabaseError("unknown rating in a stored review");
      rating.rating = *key;
      if (!o.at("note").is_null()) rating.note = std::string(o.at("note").as_string());
      r.ratings.push_back(std::move(rating));
    }
    const auto decisions = parsed(row.text(6));
    for (const auto& d : decisions.as_array()) r.decisions.emplace_back(d.as_string());
    const auto snapshot = parsed(row.text(7));
    const auto& s = snapshot.as_object();
    r.snapshot.progress = number_or_null(s.at("progress"));
    r.snapshot.activities = static_cast<int>(s.at("activities").to_number<std::int64_t>());
    r.snapshot.done = static_cast<int>(s.at("done").to_number<std::int64_t>());
    r.snapshot.overdue = static_cast<int>(s.at("overdue").to_number<std::int64_t>());
    for (const auto& v : s.at("objectives").as_array()) {
      const auto& o = v.as_object();
      ObjectiveSnapshot os;
      os.objective_id = o.at("objective_id").to_number<std::int64_t>();
      os.title = std::string(o.at("title").as_string());
      os.progress = number_or_null(o.at("progress"));
      os.expected = o.at("expected").to_number<double>();
      os.trajectory = trajectory_from_key(std::string_view(o.at("trajectory").as_string()));
      if (!o.at("rating").is_null()) os.rating = review_rating_from_key(std::string_view(o.at("rating").as_string()));
      r.snapshot.objectives.push_back(std::move(os));
    }
  } catch (const std::exception& e) {
    throw DatabaseError(std::string("a stored review cannot be read: ") + e.what());
  }
  r.recorded_by = row.optional_integer(8);
  r.created_at = row.timestamp(9);
  return r;
}

}  // namespace

std::int64_t PlanReviewRepository::insert(std::int64_t partnership_id, const ReviewFields& f, const PlanSnapshot& snapshot,
                                          std::optional<std::int64_t> recorded_by, const std::string& now) {
  static const std::string sql =
      "INSERT INTO plan_reviews (partnership_id, held_on, summary, participants, ratings, decisions, snapshot, "
      "recorded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
  return c_.query(sql, {partnership_id, date_param(f.held_on), nullable(f.summary), ids_json(f.participant_ids),
                        ratings_json(f.ratings), strings_json(f.decisions), snapshot_json(snapshot),
                        nullable(recorded_by), now})
      .at(0)
      .integer(0);
}

void PlanReviewRepository::link_activity(std::int64_t review_id, std::int64_t activity_id) {
  c_.query("UPDATE plan_activities SET review_id = $1 WHERE id = $2", {review_id, activity_id});
}

std::vector<std::int64_t> PlanReviewRepository::activities_of(std::int64_t review_id) {
  std::vector<std::int64_t> out;
  for (const auto& row : c_.query("SELECT id FROM plan_activities WHERE review_id = $1 ORDER BY id", {review_id})) {
    out.push_back(row.integer(0));
  }
  return out;
}

std::vector<ReviewRecord> PlanReviewRepository::list(std::int64_t partnership_id) {
  static const std::string sql = std::string("SELECT ") + std::string(kColumns) +
                                 " FROM plan_reviews WHERE partnership_id = $1 ORDER BY held_on DESC, id DESC";
  std::vector<ReviewRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id})) {
    out.push_back(review_from(row));
    out.back().activity_ids = activities_of(out.back().id);
  }
  return out;
}

std::optional<ReviewRecord> PlanReviewRepository::find(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql =
      std::string("SELECT ") + std::string(kColumns) + " FROM plan_reviews WHERE partnership_id = $1 AND id = $2";
  auto rows = c_.query(sql, {partnership_id, id});
  if (rows.empty()) return std::nullopt;
  auto r = review_from(rows.front());
  r.activity_ids = activities_of(r.id);
  return r;
}

std::optional<Day> PlanReviewRepository::last_held_on(std::int64_t partnership_id) {
  auto rows = c_.query("SELECT MAX(held_on) FROM plan_reviews WHERE partnership_id = $1", {partnership_id});
  return rows.at(0).optional_date(0);
}

bool PlanReviewRepository::record_reminder(std::int64_t partnership_id, Day due_on, std::string_view kind,
                                           int recipients, const std::string& now) {
  static const std::string sql =
      "INSERT INTO plan_review_reminders (partnership_id, due_on, kind, sent_at, recipients) VALUES ($1, $2, $3, $4, "
      "$5) ON CONFLICT DO NOTHING RETURNING partnership_id";
  return !c_.query(sql, {partnership_id, date_param(due_on), std::string(kind), now, static_cast<std::int64_t>(recipients)})
              .empty();
}

void PlanReviewRepository::forget_reminder(std::int64_t partnership_id, Day due_on, std::string_view kind) {
  c_.query("DELETE FROM plan_review_reminders WHERE partnership_id = $1 AND due_on = $2 AND kind = $3",
           {partnership_id, date_param(due_on), std::string(kind)});
}

}  // namespace cg::store
