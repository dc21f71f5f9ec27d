#include "app/resource_transfer_service.h"

#include <boost/json/object.hpp>
#include <map>

#include "app/audit_trail.h"
#include "app/resource_write.h"
#include "domain/time_format.h"
#include "store/errors.h"
#include "store/store.h"

namespace cg::app {
namespace {

Result<Done> admins_only(const User& by) {
  if (by.site_role != SiteRole::admin) {
    return Error::make(ErrorKind::forbidden, "Only site administrators import and export the library.");
  }
  return Done{};
}

void add_line_errors(std::vector<csv::LineError>& out, int line, const Error& error) {
  if (error.fields.empty()) {
    out.push_back({line, "", error.detail});
    return;
  }
  for (const auto& f : error.fields) out.push_back({line, f.field, f.message});
}

}  // namespace

Result<std::vector<store::ResourceEntry>> ResourceTransferService::library(const User& by) {
  if (auto allowed = admins_only(by); !allowed) return std::move(allowed).error();
  return store_.read([](store::Connection& c) { return store::ResourceRepository(c).public_library(); });
}

Result<ResourceImportReport> ResourceTransferService::import(resource_csv::ParsedLibrary parsed, bool dry_run,
                                                             const User& by, const Actor& actor) {
  if (auto allowed = admins_only(by); !allowed) return std::move(allowed).error();
  const auto now = clock_();
  const auto stamp = format_utc(now);
  auto report = store_.write([&](store::Connection& c) -> Result<ResourceImportReport> {
    ResourceImportReport out;
    out.dry_run = dry_run;
    out.rows = static_cast<int>(parsed.rows.size() + parsed.errors.size());
    out.errors = std::move(parsed.errors);
    store::ResourceRepository repo(c);
    const auto topics = store::ResourceTopicRepository(c).list();
    std::vector<store::ResourceWrite> writes;
    std::map<std::string, int> links;  // link key -> the line that first has it
    for (auto& row : parsed.rows) {
      auto write = prepared(std::move(row.fields), topics, year_of(now));
      if (!write) {
        add_line_errors(out.errors, row.line, write.error());
        continue;
      }
      if (write->fields.link) {
        const auto key = link_key(*write->fields.link);
        if (const auto [first, fresh] = links.emplace(key, row.line); !fresh) {
          out.errors.push_back({row.line, "link", "The same link is on line " + std::to_string(first->second) + "."});
          continue;
        }
        if (const auto existing = repo.find_by_link(key, std::nullopt)) {
          out.errors.push_back({row.line, "link", "This link is already in the library (resource " +
                                                      std::to_string(*existing) + ")."});
          continue;
        }
      }
      writes.push_back(std::move(*write));
    }
    std::stable_sort(out.errors.begin(), out.errors.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    if (!out.errors.empty() || dry_run) return out;
    try {
      for (const auto& write : writes) {
        repo.insert(write, {std::nullopt, by.id, std::nullopt}, ResourceStatus::published, stamp);
      }
    } catch (const store::UniqueViolation&) {
      return Error::make(ErrorKind::conflict, "Someone added one of these links a moment ago. Nothing was imported: "
                                              "import the file again to see which.");
    }
    out.created = static_cast<int>(writes.size());
    append_audit(c, actor, stamp,
                 {"resource.import", "success", "resource", std::nullopt, std::nullopt,
                  boost::json::serialize(boost::json::object{{"created", out.created}})});
    return out;
  });
  if (report && report->created > 0) resources_.forget_searches();
  return report;
}

}  // namespace cg::app
