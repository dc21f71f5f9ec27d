// Reading CSV (RFC 4180) that people upload, usually saved from a spreadsheet: the counterpart of
// csv.h, so a file CommonGround exported can be edited and imported again. Every problem names
// the line it is on, in words a spreadsheet user can act on.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

namespace cg::csv {

// Bounds on what one upload may hold, so a stray or hostile file cannot exhaust memory.
struct ParseLimits {
  std::size_t max_records = 20000;           // the header row counts as a record
  std::size_t max_bytes = 10 * 1024 * 1024;  // the whole text, byte-order mark included
  std::size_t max_field_chars = 10000;       // Unicode characters, not bytes
  std::size_t max_fields = 200;              // per record: a line of commas cannot become millions of cells
};

// A problem with one line of an upload, for the report that lists them all.
struct LineError {
  int line = 0;
  std::string column;  // empty when the whole line or file is concerned
  std::string message;
};

struct Record {
  int line = 0;  // the 1-based physical line the record starts on
  std::vector<std::string> fields;
  bool operator==(const Record&) const = default;
};

// Splits `text` into records: fields separated by commas; a field in double quotes may hold
// commas, line breaks (kept as they are) and quotes written twice (""). Lines end in CRLF, LF or
// a lone CR; the last may end without one. A UTF-8 byte-order mark at the start is skipped, and
// so are empty lines (a line of only commas is a record of empty fields: the caller decides).
// Fields are returned exactly as written, formula protection included (see unprotect).
// Fails with ErrorKind::invalid_input, its detail naming the line, on text that is not UTF-8, a
// quote that is not closed or stands inside an unquoted field, text after a closing quote, or
// anything beyond `limits`.
Result<std::vector<Record>> parse(std::string_view text, const ParseLimits& limits = {});

// The problem of a record that has not `width` cells (the header's), or nullopt.
std::optional<LineError> width_problem(const Record& record, std::size_t width);

// Turns a row's field errors into line errors, each under the column `column_of(field)` names
// (the field's own name when there is no mapping); an error with no fields concerns the line.
void add_line_errors(std::vector<LineError>& out, int line, const Error& error,
                     std::string (*column_of)(std::string_view field) = nullptr);

// Whether every cell is blank: a spreadsheet's empty row, to skip.
bool is_blank(const Record& record);

// Undoes the formula protection of csv::field: drops one leading apostrophe when what follows
// looks like a formula (csv::looks_like_formula), and returns anything else unchanged.
std::string unprotect(std::string_view field);

}  // namespace cg::csv
