// Reads and writes charter versions and endorsements. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/charter.h"
#include "store/connection.h"

namespace cg::store {

struct Endorsement {
  std::int64_t membership_id = 0;
  std::optional<std::string> note;
  std::string endorsed_at;
};

class CharterRepository {
 public:
  explicit CharterRepository(Connection& connection) : c_(connection) {}

  // The next number for the partnership. Throws UniqueViolation when a draft or proposed
  // version is already open (or two drafts race).
  CharterVersion insert_draft(std::int64_t partnership_id, const CharterText& text, std::optional<std::int64_t> author,
                              const std::string& now);
  std::optional<CharterVersion> find(std::int64_t partnership_id, int number);
  // Newest first.
  std::vector<CharterVersion> list(std::int64_t partnership_id);
  std::optional<CharterVersion> adopted(std::int64_t partnership_id);
  // Only while the version is still `expected_version`; false when it moved on.
  bool update_text(std::int64_t id, std::int64_t expected_version, const CharterText& text, const std::string& now);
  // Moves to `status`, stamping proposed_at / adopted_at (and who adopted) as fitting.
  void set_status(std::int64_t id, CharterStatus status, std::optional<std::int64_t> by, const std::string& now);

  // Throws UniqueViolation when the membership endorsed this version already.
  void endorse(std::int64_t version_id, std::int64_t membership_id, std::optional<std::int64_t> by,
               const std::optional<std::string>& note, const std::string& now);
  std::vector<Endorsement> endorsements(std::int64_t version_id);

 private:
  Connection& c_;
};

}  // namespace cg::store
