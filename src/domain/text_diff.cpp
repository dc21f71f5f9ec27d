#include "domain/text_diff.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <unordered_map>

namespace cg {
namespace {

// Above this many token comparisons the changed part comes back as one removal and one insertion.
// It also keeps the LCS table within 16-bit lengths: n * m <= 4,000,000 means min(n, m) <= 2,000.
constexpr std::size_t kMaxComparisons = 4'000'000;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Words with their following whitespace, so pieces glue back into the exact text; whitespace before
// the first word is a token of its own.
std::vector<std::string_view> tokenise(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = start;
    while (end < text.size() && !is_space(text[end])) ++end;
    while (end < text.size() && is_space(text[end])) ++end;
    tokens.push_back(text.substr(start, end - start));
    start = end;
  }
  return tokens;
}

// Gathers token edits into pieces: neighbours with the same op merge, and within a run of changes
// the removed words come before the inserted ones, however the edit script interleaved them.
class PieceBuilder {
 public:
  void add(DiffOp op, std::string_view token) {
    if (op == DiffOp::equal) {
      flush_change();
      push(op, token);
    } else {
      (op == DiffOp::remove ? removed_ : inserted_) += token;
    }
  }

  std::vector<DiffPiece> finish() {
    flush_change();
    return std::move(pieces_);
  }

 private:
  void push(DiffOp op, std::string_view text) {
    if (text.empty()) return;
    if (!pieces_.empty() && pieces_.back().op == op) {
      pieces_.back().text += text;
    } else {
      pieces_.push_back(DiffPiece{op, std::string(text)});
    }
  }

  void flush_change() {
    push(DiffOp::remove, removed_);
    push(DiffOp::insert, inserted_);
    removed_.clear();
    inserted_.clear();
  }

  std::string removed_;
  std::string inserted_;
  std::vector<DiffPiece> pieces_;
};

// Numbers each distinct token so the LCS table compares integers, not strings.
std::vector<int> intern(std::span<const std::string_view> tokens,
                        std::unordered_map<std::string_view, int>& ids) {
  std::vector<int> out;
  out.reserve(tokens.size());
  for (auto token : tokens) out.push_back(ids.try_emplace(token, static_cast<int>(ids.size())).first->second);
  return out;
}

// Longest common subsequence of the two token runs, walked from the front; on a tie the walk takes
// the removal, so changes read "old words, then new words".
void diff_lcs(std::span<const std::string_view> before, std::span<const std::string_view> after,
              PieceBuilder& pieces) {
  std::unordered_map<std::string_view, int> ids;
  const auto x = intern(before, ids);
  const auto y = intern(after, ids);
  const std::size_t n = x.size();
  const std::size_t m = y.size();
  // common[i * (m + 1) + j]: LCS length of x[i..] and y[j..].
  std::vector<std::uint16_t> common((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return common[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = x[i] == y[j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                              : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n && j < m) {
    if (x[i] == y[j]) {
      pieces.add(DiffOp::equal, before[i++]);
      ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      pieces.add(DiffOp::remove, before[i++]);
    } else {
      pieces.add(DiffOp::insert, after[j++]);
    }
  }
  for (; i < n; ++i) pieces.add(DiffOp::remove, before[i]);
  for (; j < m; ++j) pieces.add(DiffOp::insert, after[j]);
}

void add_all(DiffOp op, std::span<const std::string_view> tokens, PieceBuilder& pieces) {
  for (auto token : tokens) pieces.add(op, token);
}

}  // namespace

std::string_view to_key(DiffOp op) {
  switch (op) {
    case DiffOp::equal:
      return "equal";
    case DiffOp::insert:
      return "insert";
    case DiffOp::remove:
      return "delete";
  }
  return {};  // unreachable: the switch covers every op
}

std::vector<DiffPiece> diff_words(std::string_view before, std::string_view after) {
  const auto a = tokenise(before);
  const auto b = tokenise(after);
  // A revised text mostly keeps its opening and closing words; matching those first is linear and
  // leaves only the changed middle for the quadratic comparison and its size bound.
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  const auto head = std::span(a).first(prefix);
  const auto tail = std::span(a).last(suffix);
  const auto changed_before = std::span(a).subspan(prefix, a.size() - prefix - suffix);
  const auto changed_after = std::span(b).subspan(prefix, b.size() - prefix - suffix);

  PieceBuilder pieces;
  add_all(DiffOp::equal, head, pieces);
  if (changed_before.size() * changed_after.size() > kMaxComparisons) {
    add_all(DiffOp::remove, changed_before, pieces);
    add_all(DiffOp::insert, changed_after, pieces);
  } else {
    diff_lcs(changed_before, changed_after, pieces);
  }
  add_all(DiffOp::equal, tail, pieces);
  return pieces.finish();
}

}  // namespace cg
