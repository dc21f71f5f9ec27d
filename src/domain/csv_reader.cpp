#include "domain/csv_reader.h"

#include <algorithm>

#include "domain/csv.h"
#include "domain/plain_words.h"
#include "domain/text_rules.h"

namespace cg::csv {
namespace {

using words::cat;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool between(unsigned char c, unsigned char low, unsigned char high) { return c >= low && c <= high; }

// The length of the well-formed UTF-8 sequence that `text` starts with (Unicode table 3-7), or 0
// for a stray continuation byte, an overlong form, a surrogate or anything above U+10FFFF.
std::size_t sequence_length(std::string_view text) {
  const auto byte = [&](std::size_t k) -> unsigned char {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
  };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  // Which second bytes are allowed depends on the lead byte; later ones are always 80..BF.
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  std::size_t length = 0;
  if (between(lead, 0xC2, 0xDF)) {
    length = 2;
  } else if (lead == 0xE0) {
    length = 3;
    low = 0xA0;
  } else if (lead == 0xED) {
    length = 3;
    high = 0x9F;
  } else if (between(lead, 0xE1, 0xEF)) {
    length = 3;
  } else if (lead == 0xF0) {
    length = 4;
    low = 0x90;
  } else if (between(lead, 0xF1, 0xF3)) {
    length = 4;
  } else if (lead == 0xF4) {
    length = 4;
    high = 0x8F;
  } else {
    return 0;
  }
  if (!between(byte(1), low, high)) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (!between(byte(k), 0x80, 0xBF)) return 0;
  }
  return length;
}

bool is_utf8(std::string_view text) {
  while (!text.empty()) {
    const auto n = sequence_length(text);
    if (n == 0) return false;
    text.remove_prefix(n);
  }
  return true;
}

std::string size_in_words(std::size_t bytes) {
  constexpr std::size_t kMegabyte = 1024 * 1024;
  return bytes >= kMegabyte ? cat(bytes / kMegabyte, " MB") : cat(bytes, " bytes");
}

// One pass over the text; `pos` and `line` advance together so every error can name its line.
class Reader {
 public:
  Reader(std::string_view text, const ParseLimits& limits) : text_(text), limits_(limits) {}

  Result<std::vector<Record>> records() {
    if (text_.starts_with(kByteOrderMark)) pos_ = kByteOrderMark.size();
    std::vector<Record> out;
    while (pos_ < text_.size()) {
      if (const auto n = line_break_at(pos_)) {  // an empty line
        pos_ += n;
        ++line_;
        continue;
      }
      if (out.size() == limits_.max_records) {
        return problem(line_, cat("the file has more than ", limits_.max_records,
                                  " rows. Split it into smaller files and import them one by one."));
      }
      auto record = read_record();
      if (!record) return std::move(record).error();
      out.push_back(std::move(*record));
    }
    return out;
  }

 private:
  static Error problem(int line, std::string_view what) {
    return Error::make(ErrorKind::invalid_input, cat("Line ", line, ": ", what));
  }

  // 2 for CRLF, 1 for LF or a lone CR, 0 when no line ends at `at`.
  std::size_t line_break_at(std::size_t at) const {
    if (at >= text_.size()) return 0;
    if (text_[at] == '\n') return 1;
    if (text_[at] != '\r') return 0;
    return at + 1 < text_.size() && text_[at + 1] == '\n' ? 2 : 1;
  }

  // From the start of a record through its line break (or the end of the text).
  Result<Record> read_record() {
    Record record;
    record.line = line_;
    for (;;) {
      auto field = read_field();
      if (!field) return std::move(field).error();
      record.fields.push_back(std::move(*field));
      if (record.fields.size() > limits_.max_fields) {
        return problem(record.line, cat("this line has more than ", limits_.max_fields, " cells."));
      }
      if (pos_ == text_.size()) return record;
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      pos_ += line_break_at(pos_);  // read_field stops only at a comma, a line break or the end
      ++line_;
      return record;
    }
  }

  Result<std::string> read_field() {
    const int starts_on = line_;
    auto value = pos_ < text_.size() && text_[pos_] == '"' ? read_quoted() : read_unquoted();
    if (!value) return value;
    if (!is_utf8(*value)) {
      return problem(starts_on,
                     "this line is not UTF-8 text. Save the file as UTF-8 (spreadsheets call this \"CSV "
                     "UTF-8\") and import it again.");
    }
    if (text::length(*value) > limits_.max_field_chars) {
      return problem(starts_on, cat("a field is longer than ", limits_.max_field_chars, " characters."));
    }
    return value;
  }

  Result<std::string> read_unquoted() {
    const auto end = std::min(text_.find_first_of(",\r\n", pos_), text_.size());
    const auto value = text_.substr(pos_, end - pos_);
    if (value.find('"') != std::string_view::npos) {
      return problem(line_,
                     "a field has a quote (\") inside it. Put the whole field in quotes and write the quote "
                     "twice, like \"say \"\"hi\"\"\".");
    }
    pos_ = end;
    return std::string(value);
  }

  Result<std::string> read_quoted() {
    const int opened_on = line_;
    ++pos_;  // the opening quote
    std::string value;
    for (;;) {
      const auto stop = text_.find_first_of("\"\r\n", pos_);
      if (stop == std::string_view::npos) return problem(opened_on, "a quoted field is not closed.");
      value.append(text_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (const auto n = line_break_at(pos_)) {  // kept as written
        value.append(text_.substr(pos_, n));
        pos_ += n;
        ++line_;
      } else if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {  // "" stands for one quote
        value += '"';
        pos_ += 2;
      } else {  // the closing quote
        ++pos_;
        break;
      }
    }
    if (pos_ < text_.size() && text_[pos_] != ',' && line_break_at(pos_) == 0) {
      return problem(line_,
                     "a quoted field has text after its closing quote. Put the whole field in quotes and "
                     "write any quote inside it twice.");
    }
    return value;
  }

  std::string_view text_;
  const ParseLimits& limits_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

Result<std::vector<Record>> parse(std::string_view text, const ParseLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return Error::make(ErrorKind::invalid_input,
                       cat("The file is larger than ", size_in_words(limits.max_bytes),
                           ". Split it into smaller files and import them one by one."));
  }
  return Reader(text, limits).records();
}

std::string unprotect(std::string_view field) {
  if (field.size() >= 2 && field[0] == '\'' && looks_like_formula(field.substr(1))) {
    field.remove_prefix(1);
  }
  return std::string(field);
}

std::optional<LineError> width_problem(const Record& record, std::size_t width) {
  if (record.fields.size() == width) return std::nullopt;
  return LineError{record.line, "",
                   "This line has " + std::to_string(record.fields.size()) + " cells; every line needs " +
                       std::to_string(width) + " (text with commas goes in double quotes)."};
}

void add_line_errors(std::vector<LineError>& out, int line, const Error& error,
                     std::string (*column_of)(std::string_view field)) {
  if (error.fields.empty()) {
    out.push_back({line, "", error.detail});
    return;
  }
  for (const auto& f : error.fields) out.push_back({line, column_of ? column_of(f.field) : f.field, f.message});
}

bool is_blank(const Record& record) {
  return std::all_of(record.fields.begin(), record.fields.end(), [](const std::string& f) {
    return f.find_first_not_of(" \t\r\n") == std::string::npos;
  });
}

}  // namespace cg::csv
