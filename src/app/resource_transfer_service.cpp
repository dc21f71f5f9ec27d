#include "app/resource_transfer_service.h"

#include <boost/json/object.hpp>
#include <map>

#include "app/access_policy.h"
#include "app/audit_trail.h"
#include "app/resource_write.h"
#include "domain/time_format.h"
#include "store/errors.h"
#include "store/store.h"

namespace cg::app {

Result<std::vector<store::ResourceEntry>> ResourceTransferService::library(const User& by) {
  if (auto allowed = authorize(by, Action::move_library_in_bulk); !allowed) return std::move(allowed).error();
  return store_.read([](store::Connection& c) { return store::ResourceRepository(c).public_library(); });
}

Result<ResourceImportReport> ResourceTransferService::import(resource_csv::ParsedLibrary parsed, bool dry_run,
                                                             const User& by, const Actor& actor) {
  if (auto allowed = authorize(by, Action::move_library_in_bulk); !allowed) return std::move(allowed).error();
  const auto now = clock_();
  const auto stamp = format_utc(now);
  ResourceImportReport report;
  report.dry_run = dry_run;
  report.rows = static_cast<int>(parsed.rows.size() + parsed.errors.size());
  report.errors = std::move(parsed.errors);
  // Every line is checked in a read, so the writer waits only for the inserts themselves.
  auto writes = store_.read([&](store::Connection& c) {
    store::ResourceRepository repo(c);
    const auto topics = store::ResourceTopicRepository(c).list();
    std::vector<store::ResourceWrite> out;
    std::map<std::string, int> links;  // link key -> the line that first has it
    for (auto& row : parsed.rows) {
      auto write = prepared(std::move(row.fields), topics, year_of(now));
      if (!write) {
        csv::add_line_errors(report.errors, row.line, write.error());
        continue;
      }
      if (write->fields.link) {
        const auto key = link_key(*write->fields.link);
        if (const auto [first, fresh] = links.emplace(key, row.line); !fresh) {
          report.errors.push_back({row.line, "link", "The same link is on line " + std::to_string(first->second) + "."});
          continue;
        }
        if (const auto existing = repo.find_by_link(key, std::nullopt)) {
          report.errors.push_back({row.line, "link", "This link is already in the library (resource " +
                                                         std::to_string(*existing) + ")."});
          continue;
        }
      }
      out.push_back(std::move(*write));
    }
    return out;
  });
  std::stable_sort(report.errors.begin(), report.errors.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  if (!report.errors.empty() || dry_run) return report;
  // A link someone adds meanwhile meets the unique index: the whole import rolls back.
  auto written = store_.write([&](store::Connection& c) -> Result<Done> {
    store::ResourceRepository repo(c);
    try {
      for (const auto& write : writes) {
        repo.insert(write, {std::nullopt, by.id, std::nullopt}, ResourceStatus::published, stamp);
      }
    } catch (const store::UniqueViolation&) {
      return Error::make(ErrorKind::conflict, "Someone added one of these links a moment ago. Nothing was imported: "
                                              "import the file again to see which.");
    }
    append_audit(c, actor, stamp,
                 {"resource.import", "success", "resource", std::nullopt, std::nullopt,
                  boost::json::serialize(boost::json::object{{"created", static_cast<std::int64_t>(writes.size())}})});
    return Done{};
  });
  if (!written) return std::move(written).error();
  report.created = static_cast<int>(writes.size());
  if (report.created > 0) resources_.forget_searches();
  return report;
}

}  // namespace cg::app
