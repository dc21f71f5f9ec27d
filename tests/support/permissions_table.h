// Reads the permission matrix in docs/permissions.md, so tests check the server against the
// document people read (and a unit test checks that every partnership route is in it).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace cg::testing {

struct PermissionRow {
  std::string case_name;  // e.g. "add-lead"
  std::string method;     // e.g. "POST"
  std::string path;       // e.g. "/api/v1/partnerships/{id}/members"
  // Column title (lead, coordinator, ..., anonymous) → "yes" or a status code such as "403".
  std::map<std::string, std::string> expected;
};

// The rows of the matrix table; empty when the file or the table is missing.
std::vector<PermissionRow> read_permission_matrix(const std::string& markdown_path);

inline const char* kPermissionsDocument = CG_SOURCE_DIR "/docs/permissions.md";

}  // namespace cg::testing
