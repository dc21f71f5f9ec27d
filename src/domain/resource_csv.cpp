#include "domain/resource_csv.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "domain/csv.h"
#include "domain/text_rules.h"

namespace cg::resource_csv {
namespace {

constexpr std::string_view kListSeparator = ";";

std::vector<std::string> list_of(std::string_view cell) {
  std::vector<std::string> out;
  while (!cell.empty()) {
    const auto end = cell.find(kListSeparator);
    auto item = text::trim(cell.substr(0, end));
    if (!item.empty()) out.push_back(std::move(item));
    if (end == std::string_view::npos) break;
    cell.remove_prefix(end + kListSeparator.size());
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

std::string column_list() {
  std::string out;
  for (auto name : kColumns) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

// Column name -> its place in the file, or the header's problems.
std::map<std::string, std::size_t> read_header(const csv::Record& header, std::vector<csv::LineError>& errors) {
  std::map<std::string, std::size_t> out;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const auto name = text::trim(csv::unprotect(header.fields[i]));
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end()) {
      errors.push_back({header.line, name, "Unknown column \"" + name + "\". The columns are: " + column_list() + "."});
    } else if (!out.emplace(name, i).second) {
      errors.push_back({header.line, name, "The column " + name + " appears twice."});
    }
  }
  for (const auto* needed : {"title", "type", "summary"}) {
    if (!out.contains(needed)) errors.push_back({header.line, needed, std::string("The file needs a column ") + needed + "."});
  }
  return out;
}

}  // namespace

std::string header() { return csv::row(std::vector<std::string>(kColumns.begin(), kColumns.end())); }

std::string row(const ResourceDescription& r) {
  return csv::row({r.title, std::string(to_key(r.type)), r.summary, r.link.value_or(""), r.publisher, joined(r.authors),
                   joined(r.audience), joined(r.topics), r.year ? std::to_string(*r.year) : "",
                   std::string(to_key(r.evidence))});
}

ParsedLibrary parse(std::string_view text) {
  ParsedLibrary out;
  // A summary may be longer than the reader's usual cell limit: what the export writes reads back.
  csv::ParseLimits limits;
  limits.max_field_chars = std::max(limits.max_field_chars, kResourceSummaryMax + 1);
  auto records = csv::parse(text, limits);
  if (!records) {
    out.errors.push_back({0, "", records.error().detail});
    return out;
  }
  if (records->empty()) {
    out.errors.push_back({1, "", "The file is empty: it needs a header row and a row for each resource."});
    return out;
  }
  const auto columns = read_header(records->front(), out.errors);
  if (!out.errors.empty()) return out;
  const auto width = records->front().fields.size();
  for (std::size_t n = 1; n < records->size(); ++n) {
    const auto& record = (*records)[n];
    if (auto problem = csv::width_problem(record, width)) {
      out.errors.push_back(std::move(*problem));
      continue;
    }
    if (csv::is_blank(record)) continue;
    const auto cell = [&](std::string_view name) -> std::string {
      const auto found = columns.find(std::string(name));
      if (found == columns.end()) return "";
      return text::trim(csv::unprotect(record.fields[found->second]));
    };
    Row parsed{record.line, {}};
    auto& f = parsed.fields;
    f.title = cell("title");
    f.summary = cell("summary");
    if (auto type = resource_type_from_key(cell("type"))) {
      f.type = *type;
    } else {
      out.errors.push_back(
          {record.line, "type", "\"" + cell("type") + "\" is not a resource type (such as publication, toolkit or training)."});
    }
    if (const auto link = cell("link"); !link.empty()) f.link = link;
    f.publisher = cell("publisher");
    f.authors = list_of(cell("authors"));
    f.audience = list_of(cell("audience"));
    f.topics = list_of(cell("topics"));
    if (const auto year = cell("year"); !year.empty()) {
      int value = 0;
      const auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), value);
      if (ec == std::errc() && end == year.data() + year.size()) f.year = value;
      else out.errors.push_back({record.line, "year", "\"" + year + "\" is not a year, such as 2014."});
    }
    if (const auto evidence = cell("evidence"); !evidence.empty()) {
      if (auto rating = evidence_rating_from_key(evidence)) f.evidence = *rating;
      else out.errors.push_back({record.line, "evidence", "Choose effective, promising, inconclusive, no_effect or not_rated."});
    }
    out.rows.push_back(std::move(parsed));
  }
  return out;
}

}  // namespace cg::resource_csv
