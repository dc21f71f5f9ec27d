// Use cases for the charter: read it with its versions, draft and edit, propose, send back,
// adopt (leads), endorse (members), see who has endorsed, and compare versions.
// Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/charter.h"
#include "domain/membership.h"
#include "domain/result.h"
#include "domain/text_diff.h"
#include "domain/user.h"

namespace cg::store {
class Store;
}

namespace cg::app {

// A version with its endorsement count and the caller's own endorsement.
struct CharterVersionView {
  CharterVersion version;
  int endorsed = 0;
  int eligible = 0;  // active leads, coordinators and members
  std::optional<std::string> my_endorsement_at;
};

struct CharterOverview {
  std::optional<CharterVersionView> adopted;
  std::optional<CharterVersionView> open;  // a draft or proposed version
  std::vector<CharterVersionView> versions;  // newest first
};

struct EndorsementEntry {
  Membership member;
  std::optional<std::string> endorsed_at;
  std::optional<std::string> note;
};

struct FieldDiff {
  std::string field;
  std::vector<DiffPiece> pieces;
};

class CharterService {
 public:
  CharterService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<CharterOverview> overview(std::int64_t partnership_id, const User& viewer);
  Result<CharterVersionView> get(std::int64_t partnership_id, int number, const User& viewer);
  // 409 when a draft or proposed version is already open.
  Result<CharterVersionView> create_draft(std::int64_t partnership_id, CharterText text, const User& by,
                                          const Actor& actor);
  // Drafts only (422 otherwise); 428/412 for the version check.
  Result<CharterVersionView> edit_draft(std::int64_t partnership_id, int number, std::optional<std::int64_t> based_on,
                                        CharterText text, const User& by, const Actor& actor);
  // draft → proposed (coordinators and leads), proposed → adopted (leads), proposed → draft.
  Result<CharterVersionView> move(std::int64_t partnership_id, int number, CharterStatus to, const User& by,
                                  const Actor& actor);
  // The caller's active membership endorses an adopted version: 422 for other statuses, 409 twice.
  Result<CharterVersionView> endorse(std::int64_t partnership_id, int number, std::optional<std::string> note,
                                     const User& by, const Actor& actor);
  // Every eligible active member, endorsed or not.
  Result<std::vector<EndorsementEntry>> endorsements(std::int64_t partnership_id, int number, const User& viewer);
  // Mission, vision and values compared from version `from` to version `to`.
  Result<std::vector<FieldDiff>> diff(std::int64_t partnership_id, int from, int to, const User& viewer);

 private:
  std::string now() const;

  store::Store& store_;
  const Clock clock_;
};

}  // namespace cg::app
