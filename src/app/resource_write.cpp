#include "app/resource_write.h"

#include "domain/markdown.h"

namespace cg::app {

Result<store::ResourceWrite> prepared(ResourceDescription fields, const std::vector<store::ResourceTopic>& topics,
                                      int this_year) {
  std::vector<std::string> keys;
  for (const auto& t : topics) keys.push_back(t.key);
  auto ok = checked(std::move(fields), keys, this_year);
  if (!ok) return std::move(ok).error();
  store::ResourceWrite out;
  out.summary_text = markdown_to_text(ok->summary);
  out.catalog_text = catalog_text(*ok, store::labels_of(topics, ok->topics));
  out.fields = std::move(*ok);
  return out;
}

int year_of(std::chrono::system_clock::time_point now) {
  using namespace std::chrono;
  return static_cast<int>(year_month_day{floor<days>(now)}.year());
}

}  // namespace cg::app
