// Field rules shared by every kind of record people type in: lengths counted in characters (not
// bytes), no control characters, and the shapes of emails, web links and phone numbers.
// Each check returns a message in plain words, or nullopt when the value is acceptable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cg::text {

enum class Lines { single, multi };

// Number of Unicode code points in a valid UTF-8 string.
std::size_t length(std::string_view utf8);

// `text` when it has at most `max_chars` code points; else its start, cut after the last whole
// word that fits, with "…" to show there is more.
std::string opening(std::string_view text, std::size_t max_chars);

// Trims spaces, tabs and line breaks at both ends.
std::string trim(std::string_view value);
// Trimmed, or nullopt when absent or blank: optional text fields store no empty strings.
std::optional<std::string> trimmed_or_absent(const std::optional<std::string>& value);

// Lower-cases ASCII letters only; used for case-insensitive sorting and search keys that must
// order identically on SQLite and PostgreSQL (both compare these bytes in binary order).
std::string ascii_lower(std::string_view value);

// The whole text as a number above zero ("12"), or nothing ("12abc", "0", "-3", "", too big).
std::optional<std::int64_t> positive_whole_number(std::string_view text);

std::optional<std::string> check_length(std::string_view value, std::size_t min, std::size_t max);
std::optional<std::string> check_characters(std::string_view value, Lines lines);
// Characters first, then length: the one message a person should fix first.
std::optional<std::string> check_text(std::string_view value, std::size_t min, std::size_t max, Lines lines);
std::optional<std::string> check_email(std::string_view value);
std::optional<std::string> check_web_link(std::string_view value);
std::optional<std::string> check_phone(std::string_view value);

}  // namespace cg::text
