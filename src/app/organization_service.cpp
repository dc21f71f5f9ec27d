#include "app/organization_service.h"

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/organization_json.h"
#include "app/page_cursor.h"
#include "domain/time_format.h"
#include "store/errors.h"
#include "store/organization_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

Error not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, "There is no organization with id " + std::to_string(id) + ".");
}

Error name_taken(const std::string& name) {
  auto error = Error::make(ErrorKind::conflict, "An organization named \"" + name + "\" already exists.");
  error.fields = {{"name", "Another organization already has this name."}};
  return error;
}

Error stale(std::int64_t id) {
  return Error::make(ErrorKind::precondition_failed,
                     "Someone else changed organization " + std::to_string(id) +
                         " after you opened it. Review their changes and apply yours again.");
}

AuditEntry audit_entry(std::string action, const Organization* before, const Organization* after) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = "success";
  entry.target_type = "organization";
  entry.target_id = std::to_string(before ? before->id : after->id);
  if (before) entry.before_json = boost::json::serialize(organization_json(*before));
  if (after) entry.after_json = boost::json::serialize(organization_json(*after));
  return entry;
}

Result<OrganizationFields> checked(OrganizationFields fields) {
  fields = normalized(std::move(fields));
  if (auto errors = validate(fields); !errors.empty()) return Error::invalid(std::move(errors));
  return fields;
}

}  // namespace

std::string OrganizationService::now() const { return format_utc(clock_()); }

Result<Organization> OrganizationService::create(OrganizationFields input, const Actor& actor) {
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  try {
    return store_.write([&](store::Connection& c) -> Result<Organization> {
      const auto at = now();
      auto created = store::OrganizationRepository(c).insert(*fields, at);
      append_audit(c, actor, at, audit_entry("organization.create", nullptr, &created));
      return created;
    });
  } catch (const store::UniqueViolation&) {
    return name_taken(fields->name);
  }
}

Result<Organization> OrganizationService::get(std::int64_t id) {
  auto found = store_.read([&](store::Connection& c) { return store::OrganizationRepository(c).find(id); });
  if (!found) return not_found(id);
  return std::move(*found);
}

Result<OrganizationPage> OrganizationService::list(const OrganizationQuery& query) {
  if (query.limit < 1 || query.limit > kMaxPageSize) {
    return Error::invalid_field("limit", "Must be between 1 and " + std::to_string(kMaxPageSize) + ".");
  }
  store::OrganizationFilter filter;
  filter.sector = query.sector;
  filter.name_contains = name_key(query.name_contains);
  filter.limit = query.limit + 1;  // one extra row tells whether another page exists
  if (query.after) {
    auto position = decode_cursor(*query.after);
    if (!position) {
      return Error::invalid_field("after", "This page link is not valid; start again from the first page.");
    }
    filter.after = store::OrganizationPosition{position->key, position->id};
  }
  auto rows = store_.read([&](store::Connection& c) { return store::OrganizationRepository(c).list(filter); });
  OrganizationPage page;
  if (rows.size() > static_cast<std::size_t>(query.limit)) {
    rows.resize(static_cast<std::size_t>(query.limit));
    const auto& last = rows.back();
    page.next = encode_cursor({name_key(last.fields.name), last.id});
  }
  page.items = std::move(rows);
  return page;
}

Result<Organization> OrganizationService::update(std::int64_t id,
                                                 std::optional<std::int64_t> based_on_version,
                                                 const OrganizationPatch& patch, const Actor& actor) {
  if (!based_on_version) {
    return version_required();
  }
  try {
    return store_.write([&](store::Connection& c) -> Result<Organization> {
      store::OrganizationRepository repository(c);
      auto current = repository.find(id);
      if (!current) return not_found(id);
      if (current->version != *based_on_version) return stale(id);
      auto fields = checked(apply(patch, current->fields));
      if (!fields) return std::move(fields).error();
      if (*fields == current->fields) return std::move(*current);  // nothing changed: no new version
      const auto at = now();
      auto updated = repository.update(id, *based_on_version, *fields, at);
      if (!updated) return stale(id);
      append_audit(c, actor, at, audit_entry("organization.update", &*current, &*updated));
      return std::move(*updated);
    });
  } catch (const store::UniqueViolation&) {
    return name_taken(patch.name.value_or(""));
  }
}

Result<Done> OrganizationService::remove(std::int64_t id, std::optional<std::int64_t> based_on_version,
                                         const Actor& actor) {
  try {
    return remove_unreferenced(id, based_on_version, actor);
  } catch (const store::ForeignKeyViolation&) {
    return Error::make(ErrorKind::conflict,
                       "This organization has members in partnerships, past or present, so it stays in the "
                       "directory. Edit it instead.");
  }
}

Result<Done> OrganizationService::remove_unreferenced(std::int64_t id, std::optional<std::int64_t> based_on_version,
                                                      const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    store::OrganizationRepository repository(c);
    auto current = repository.find(id);
    if (!current) return not_found(id);
    if (based_on_version && current->version != *based_on_version) return stale(id);
    repository.remove(id);
    append_audit(c, actor, now(), audit_entry("organization.delete", &*current, nullptr));
    return Done{};
  });
}

}  // namespace cg::app
