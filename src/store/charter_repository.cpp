#include "store/charter_repository.h"

#include "store/errors.h"
#include "store/json_list.h"

namespace cg::store {
namespace {

constexpr std::string_view kSelect =
    "SELECT c.id, c.partnership_id, c.number, c.status, c.mission, c.vision, c.value_list, cu.display_name, "
    "c.proposed_at, c.adopted_at, au.display_name, c.version, c.created_at, c.updated_at FROM charter_versions c "
    "LEFT JOIN users cu ON cu.id = c.created_by LEFT JOIN users au ON au.id = c.adopted_by ";

CharterVersion from_row(const Row& row) {
  CharterVersion v;
  v.id = row.integer(0);
  v.partnership_id = row.integer(1);
  v.number = static_cast<int>(row.integer(2));
  const auto status = charter_status_from_key(row.text(3));
  if (!status) throw DatabaseError("charter version " + row.text(0) + " has an unknown status");
  v.status = *status;
  v.text.mission = row.text(4);
  v.text.vision = row.text(5);
  v.text.values = from_json_list(row.text(6));
  v.created_by_name = row.optional_text(7);
  v.proposed_at = row.optional_timestamp(8);
  v.adopted_at = row.optional_timestamp(9);
  v.adopted_by_name = row.optional_text(10);
  v.version = row.integer(11);
  v.created_at = row.timestamp(12);
  v.updated_at = row.timestamp(13);
  return v;
}


}  // namespace

CharterVersion CharterRepository::insert_draft(std::int64_t partnership_id, const CharterText& text,
                                               std::optional<std::int64_t> author, const std::string& now) {
  static const std::string sql =
      "INSERT INTO charter_versions (partnership_id, number, status, mission, vision, value_list, created_by, "
      "version, created_at, updated_at) VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM charter_versions "
      "WHERE partnership_id = $1), 'draft', $2, $3, $4, $5, 1, $6, $6) RETURNING number";
  const auto rows = c_.query(sql, {partnership_id, text.mission, text.vision, to_json_list(text.values),
                                   nullable(author), now});
  return *find(partnership_id, static_cast<int>(rows.at(0).integer(0)));
}

std::optional<CharterVersion> CharterRepository::find(std::int64_t partnership_id, int number) {
  static const std::string sql = std::string(kSelect) + "WHERE c.partnership_id = $1 AND c.number = $2";
  const auto rows = c_.query(sql, {partnership_id, std::int64_t{number}});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::vector<CharterVersion> CharterRepository::list(std::int64_t partnership_id) {
  static const std::string sql = std::string(kSelect) + "WHERE c.partnership_id = $1 ORDER BY c.number DESC";
  std::vector<CharterVersion> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(from_row(row));
  return out;
}

std::optional<CharterVersion> CharterRepository::adopted(std::int64_t partnership_id) {
  static const std::string sql = std::string(kSelect) + "WHERE c.partnership_id = $1 AND c.status = 'adopted'";
  const auto rows = c_.query(sql, {partnership_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

bool CharterRepository::update_text(std::int64_t id, std::int64_t expected_version, const CharterText& text,
                                    const std::string& now) {
  static const std::string sql =
      "UPDATE charter_versions SET mission = $3, vision = $4, value_list = $5, version = version + 1, "
      "updated_at = $6 WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, {id, expected_version, text.mission, text.vision, to_json_list(text.values), now}).empty();
}

void CharterRepository::set_status(std::int64_t id, CharterStatus status, std::optional<std::int64_t> by,
                                   const std::string& now) {
  static const std::string sql =
      "UPDATE charter_versions SET status = $2, "
      "proposed_at = CASE WHEN $2 = 'proposed' THEN $4 WHEN $2 = 'draft' THEN NULL ELSE proposed_at END, "
      "adopted_at = CASE WHEN $2 = 'adopted' THEN $4 ELSE adopted_at END, "
      "adopted_by = CASE WHEN $2 = 'adopted' THEN $3 ELSE adopted_by END, "
      "version = version + 1, updated_at = $4 WHERE id = $1";
  c_.query(sql, {id, std::string(to_key(status)), nullable(by), now});
}

void CharterRepository::endorse(std::int64_t version_id, std::int64_t membership_id, std::optional<std::int64_t> by,
                                const std::optional<std::string>& note, const std::string& now) {
  static const std::string sql =
      "INSERT INTO charter_endorsements (charter_version_id, membership_id, endorsed_by, note, endorsed_at) "
      "VALUES ($1, $2, $3, $4, $5)";
  c_.query(sql, {version_id, membership_id, nullable(by), nullable(note), now});
}

std::vector<Endorsement> CharterRepository::endorsements(std::int64_t version_id) {
  static const std::string sql =
      "SELECT membership_id, note, endorsed_at FROM charter_endorsements WHERE charter_version_id = $1 "
      "ORDER BY endorsed_at, membership_id";
  std::vector<Endorsement> out;
  for (const auto& row : c_.query(sql, {version_id})) {
    out.push_back(Endorsement{row.integer(0), row.optional_text(1), row.timestamp(2)});
  }
  return out;
}

}  // namespace cg::store
