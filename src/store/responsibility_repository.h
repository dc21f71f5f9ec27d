// Reads and writes the roles-and-responsibilities matrix: responsibilities and which members
// carry them. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct ResponsibilityAssignment {
  std::int64_t membership_id = 0;
  std::optional<std::string> note;
};

struct Responsibility {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string title;
  std::optional<std::string> description;
  std::vector<ResponsibilityAssignment> assignments;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

class ResponsibilityRepository {
 public:
  explicit ResponsibilityRepository(Connection& connection) : c_(connection) {}

  Responsibility insert(std::int64_t partnership_id, const std::string& title,
                        const std::optional<std::string>& description, const std::string& now);
  std::optional<Responsibility> find(std::int64_t partnership_id, std::int64_t id);
  // In the order they were added, each with its assignments.
  std::vector<Responsibility> list(std::int64_t partnership_id);
  bool update(std::int64_t id, std::int64_t expected_version, const std::string& title,
              const std::optional<std::string>& description, const std::string& now);
  void remove(std::int64_t id);
  // Adds the member to the responsibility, or changes the note when already there.
  void assign(std::int64_t id, std::int64_t membership_id, const std::optional<std::string>& note);
  bool unassign(std::int64_t id, std::int64_t membership_id);

 private:
  std::vector<ResponsibilityAssignment> assignments(std::int64_t id);
  Connection& c_;
};

}  // namespace cg::store
