// What sharing, editing and importing a resource have in common: the fields checked against the
// topic list and this year, with the plain texts the search index needs.
#pragma once

#include <chrono>
#include <vector>

#include "domain/resource.h"
#include "domain/result.h"
#include "store/resource_repository.h"
#include "store/resource_topic_repository.h"

namespace cg::app {

// The checked fields with the text the index needs, or the field errors.
Result<store::ResourceWrite> prepared(ResourceDescription fields, const std::vector<store::ResourceTopic>& topics,
                                      int this_year);

int year_of(std::chrono::system_clock::time_point now);

}  // namespace cg::app
