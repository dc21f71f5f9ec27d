// A readable difference between two texts, word by word, for comparing charter versions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cg {

enum class DiffOp { equal, insert, remove };
std::string_view to_key(DiffOp op);  // "equal", "insert", "delete"

struct DiffPiece {
  DiffOp op = DiffOp::equal;
  std::string text;
  bool operator==(const DiffPiece&) const = default;
};

// The pieces that turn `before` into `after`: concatenating the equal and remove pieces gives
// `before`, the equal and insert pieces gives `after`. Words keep their following whitespace;
// neighbouring pieces with the same op are merged; removals come before insertions at a change.
// The words both texts share at the start and end are matched first; when the changed part in
// between is too long to compare word by word in bounded time, it comes back as one removal and one
// insertion.
std::vector<DiffPiece> diff_words(std::string_view before, std::string_view after);

}  // namespace cg
