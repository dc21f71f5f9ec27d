// Who is acting and from where: attached to every use case that changes something, so the audit
// record can say who, when, from which address, and under which request id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace cg::app {

struct Actor {
  std::optional<std::int64_t> user_id;  // absent for the command line and for anonymous callers
  std::optional<std::string> email;
  std::string source_address;           // "cli" for the command line
  std::string request_id;
};

inline Actor command_line_actor() {
  Actor actor;
  actor.source_address = "cli";
  return actor;
}

}  // namespace cg::app
