#include "store/membership_repository.h"

#include <map>

#include "domain/time_format.h"
#include "domain/user.h"
#include "store/errors.h"
#include "store/json_list.h"
#include "store/where_clause.h"

namespace cg::store {
namespace {

constexpr std::string_view kSelect =
    "SELECT m.id, m.partnership_id, m.user_id, m.person_name, m.person_email, m.organization_id, o.name, "
    "o.sector, m.sector, m.sector_overridden, m.perspectives, m.role, m.decision_authority, m.listed_publicly, "
    "m.status, m.invited_at, m.invitation_expires_at, m.joined_on, m.ceased_on, m.ceased_reason, m.version, "
    "m.created_at, m.updated_at FROM memberships m LEFT JOIN organizations o ON o.id = m.organization_id ";

Sector sector_or_throw(const std::string& key) {
  auto sector = sector_from_key(key);
  if (!sector) throw DatabaseError("a membership has an unknown sector " + key);
  return *sector;
}

std::vector<Perspective> perspectives_from(const std::string& stored) {
  std::vector<Perspective> out;
  for (const auto& key : from_json_list(stored)) {
    auto p = perspective_from_key(key);
    if (!p) throw DatabaseError("a membership has an unknown perspective " + key);
    out.push_back(*p);
  }
  return out;
}

std::string perspectives_to(const std::vector<Perspective>& perspectives) {
  std::vector<std::string> keys;
  for (auto p : perspectives) keys.emplace_back(to_key(p));
  return to_json_list(keys);
}

std::optional<std::string> optional_date(const Row& row, std::size_t column) {
  auto text = row.optional_text(column);
  if (text && text->size() > 10) text->resize(10);  // SQLite may hold a longer text; keep the date
  return text;
}

Membership from_row(const Row& row) {
  Membership m;
  m.id = row.integer(0);
  m.partnership_id = row.integer(1);
  if (!row.is_null(2)) m.user_id = row.integer(2);
  m.fields.person_name = row.optional_text(3);
  m.fields.person_email = row.optional_text(4);
  if (!row.is_null(5)) {
    m.fields.organization_id = row.integer(5);
    m.organization = OrganizationRef{row.integer(5), row.text(6), sector_or_throw(row.text(7))};
  }
  m.sector = sector_or_throw(row.text(8));
  if (row.integer(9) != 0) m.fields.sector_override = m.sector;
  m.fields.perspectives = perspectives_from(row.text(10));
  const auto role = partnership_role_from_key(row.text(11));
  const auto status = membership_status_from_key(row.text(14));
  if (!role || !status) throw DatabaseError("membership " + row.text(0) + " has an unknown role or status");
  m.fields.role = *role;
  m.fields.decision_authority = row.integer(12) != 0;
  m.fields.listed_publicly = row.integer(13) != 0;
  m.status = *status;
  m.invited_at = row.optional_timestamp(15);
  m.invitation_expires_at = row.optional_timestamp(16);
  m.joined_on = optional_date(row, 17);
  m.ceased_on = optional_date(row, 18);
  m.ceased_reason = row.optional_text(19);
  m.version = row.integer(20);
  m.created_at = row.timestamp(21);
  m.updated_at = row.timestamp(22);
  return m;
}

std::optional<Membership> first(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::int64_t flag(bool value) { return value ? 1 : 0; }

}  // namespace

std::int64_t MembershipRepository::insert(const NewMembership& n, const std::string& now) {
  static const std::string sql =
      "INSERT INTO memberships (partnership_id, user_id, person_name, person_email, person_email_key, "
      "organization_id, display_key, sector, sector_overridden, perspectives, role, decision_authority, status, "
      "invitation_token_hash, invited_at, invitation_expires_at, invited_by, joined_on, listed_publicly, version, "
      "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
      "$18, $19, 1, $20, $20) RETURNING id";
  const auto& f = n.fields;
  std::optional<std::string> email_key;
  if (f.person_email) email_key = cg::email_key(*f.person_email);
  const auto rows = c_.query(
      sql, {n.partnership_id, nullable(n.user_id), nullable(f.person_name), nullable(f.person_email),
            nullable(email_key), nullable(f.organization_id), n.display_key, std::string(to_key(n.sector)),
            flag(f.sector_override.has_value()), perspectives_to(f.perspectives), std::string(to_key(f.role)),
            flag(f.decision_authority), std::string(to_key(n.status)), nullable(n.invitation_token_hash),
            nullable(n.invited_at), nullable(n.invitation_expires_at), nullable(n.invited_by),
            nullable(n.joined_on), flag(f.listed_publicly), now});
  return rows.at(0).integer(0);
}

std::optional<Membership> MembershipRepository::find(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql = std::string(kSelect) + "WHERE m.partnership_id = $1 AND m.id = $2";
  return first(c_.query(sql, {partnership_id, id}));
}

std::optional<Membership> MembershipRepository::find_by_token_hash(const std::string& token_hash) {
  static const std::string sql = std::string(kSelect) + "WHERE m.invitation_token_hash = $1";
  return first(c_.query(sql, {token_hash}));
}

std::optional<Membership> MembershipRepository::active_for_user(std::int64_t partnership_id, std::int64_t user_id) {
  static const std::string sql =
      std::string(kSelect) + "WHERE m.partnership_id = $1 AND m.user_id = $2 AND m.status = 'active'";
  return first(c_.query(sql, {partnership_id, user_id}));
}

std::vector<Membership> MembershipRepository::list(const MembershipFilter& filter) {
  WhereClause where;
  where.add("m.partnership_id = ?1", {filter.partnership_id});
  if (filter.status) where.add("m.status = ?1", {std::string(to_key(*filter.status))});
  if (filter.role) where.add("m.role = ?1", {std::string(to_key(*filter.role))});
  if (filter.sector) where.add("m.sector = ?1", {std::string(to_key(*filter.sector))});
  if (!filter.name_contains.empty()) {
    where.add("m.display_key LIKE ?1 ESCAPE '\\'", {like_contains(filter.name_contains)});
  }
  if (filter.after) {
    where.add("(m.display_key > ?1 OR (m.display_key = ?1 AND m.id > ?2))",
              {filter.after->display_key, filter.after->id});
  }
  auto& params = where.params();
  params.emplace_back(std::int64_t{filter.limit});
  const std::string sql = std::string(kSelect) + where.sql() + " ORDER BY m.display_key, m.id LIMIT $" +
                          std::to_string(params.size());
  std::vector<Membership> out;
  for (const auto& row : c_.query(sql, params)) out.push_back(from_row(row));
  return out;
}

std::vector<Membership> MembershipRepository::active(std::int64_t partnership_id) {
  static const std::string sql = std::string(kSelect) +
                                 "WHERE m.partnership_id = $1 AND m.status = 'active' ORDER BY m.display_key, m.id";
  std::vector<Membership> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(from_row(row));
  return out;
}

std::vector<Membership> MembershipRepository::seated_ever(std::int64_t partnership_id) {
  static const std::string sql = std::string(kSelect) +
                                 "WHERE m.partnership_id = $1 AND m.status IN ('active', 'ceased') AND m.joined_on IS "
                                 "NOT NULL ORDER BY m.display_key, m.id";
  std::vector<Membership> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(from_row(row));
  return out;
}

bool MembershipRepository::update_fields(std::int64_t id, std::int64_t expected_version, const MembershipFields& f,
                                         Sector sector, const std::string& display_key, const std::string& now) {
  static const std::string sql =
      "UPDATE memberships SET person_name = $3, display_key = $4, sector = $5, sector_overridden = $6, "
      "perspectives = $7, role = $8, decision_authority = $9, listed_publicly = $10, version = version + 1, "
      "updated_at = $11 WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, {id, expected_version, nullable(f.person_name), display_key, std::string(to_key(sector)),
                         flag(f.sector_override.has_value()), perspectives_to(f.perspectives),
                         std::string(to_key(f.role)), flag(f.decision_authority), flag(f.listed_publicly), now})
              .empty();
}

void MembershipRepository::activate(std::int64_t id, std::optional<std::int64_t> user_id, const std::string& joined_on,
                                    const std::string& now) {
  static const std::string sql =
      "UPDATE memberships SET status = 'active', user_id = COALESCE($2, user_id), joined_on = $3, "
      "version = version + 1, updated_at = $4 WHERE id = $1";
  c_.query(sql, {id, nullable(user_id), joined_on, now});
}

void MembershipRepository::close(std::int64_t id, MembershipStatus status, const std::optional<std::string>& ceased_on,
                                 const std::optional<std::string>& reason, const std::string& now) {
  static const std::string sql =
      "UPDATE memberships SET status = $2, ceased_on = $3, ceased_reason = $4, "
      "version = version + 1, updated_at = $5 WHERE id = $1";
  c_.query(sql, {id, std::string(to_key(status)), nullable(ceased_on), nullable(reason), now});
}

void MembershipRepository::reissue_invitation(std::int64_t id, const std::string& token_hash,
                                              const std::string& invited_at, const std::string& expires_at) {
  static const std::string sql =
      "UPDATE memberships SET invitation_token_hash = $2, invited_at = $3, invitation_expires_at = $4, "
      "version = version + 1, updated_at = $3 WHERE id = $1";
  c_.query(sql, {id, token_hash, invited_at, expires_at});
}

int MembershipRepository::count_active_leads(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT COUNT(*) FROM memberships WHERE partnership_id = $1 AND status = 'active' AND role = 'lead'";
  return static_cast<int>(c_.query(sql, {partnership_id}).at(0).integer(0));
}

int MembershipRepository::count_active_in_roles(std::int64_t partnership_id, const std::vector<PartnershipRole>& roles) {
  if (roles.empty()) return 0;
  std::string sql = "SELECT COUNT(*) FROM memberships WHERE partnership_id = $1 AND status = 'active' AND role IN (";
  std::vector<SqlParam> params{partnership_id};
  for (auto role : roles) {
    if (params.size() > 1) sql += ", ";
    params.emplace_back(std::string(to_key(role)));
    sql += "$" + std::to_string(params.size());
  }
  sql += ")";
  return static_cast<int>(c_.query(sql, params).at(0).integer(0));
}

MembershipRepository::InvitationCounts MembershipRepository::count_invitations(std::int64_t partnership_id,
                                                                               const std::string& now) {
  static const std::string sql =
      "SELECT COALESCE(SUM(CASE WHEN invitation_expires_at < $2 THEN 0 ELSE 1 END), 0), "
      "COALESCE(SUM(CASE WHEN invitation_expires_at < $2 THEN 1 ELSE 0 END), 0) FROM memberships "
      "WHERE partnership_id = $1 AND status = 'invited'";
  const auto rows = c_.query(sql, {partnership_id, now});
  return {static_cast<int>(rows.at(0).integer(0)), static_cast<int>(rows.at(0).integer(1))};
}

void MembershipRepository::append_history(std::int64_t partnership_id, const MemberSnapshot& s, PartnershipRole role) {
  static const std::string sql =
      "INSERT INTO membership_history (partnership_id, membership_id, effective_on, active, sector, role, "
      "decision_authority, perspectives) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  c_.query(sql, {partnership_id, s.membership_id, format_date(s.effective_on), flag(s.active),
                 std::string(to_key(s.sector)), std::string(to_key(role)), flag(s.decision_authority),
                 perspectives_to(s.perspectives)});
}

std::vector<MemberSnapshot> MembershipRepository::history(std::int64_t partnership_id) {
  // The covering index (migration 0005) returns these in recording order straight from the index.
  static const std::string sql =
      "SELECT id, membership_id, effective_on, active, sector, decision_authority, perspectives "
      "FROM membership_history WHERE partnership_id = $1 ORDER BY id";
  const auto rows = c_.query(sql, {partnership_id});
  // A handful of perspective lists recur across thousands of snapshots: parse each once.
  std::map<std::string, std::vector<Perspective>, std::less<>> perspective_lists;
  std::vector<MemberSnapshot> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    MemberSnapshot s;
    s.membership_id = row.integer(1);
    const auto day = parse_date(std::string_view(row.text(2)).substr(0, 10));
    if (!day) throw DatabaseError("membership history has a bad date " + row.text(2));
    s.effective_on = *day;
    s.active = row.integer(3) != 0;
    s.sector = sector_or_throw(row.text(4));
    s.decision_authority = row.integer(5) != 0;
    const auto& list = row.text(6);
    auto parsed = perspective_lists.find(list);
    if (parsed == perspective_lists.end()) parsed = perspective_lists.emplace(list, perspectives_from(list)).first;
    s.perspectives = parsed->second;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace cg::store
