#include "domain/csv_reader.h"

#include <gtest/gtest.h>

#include <random>

#include "domain/csv.h"

namespace cg::csv {
namespace {

using Fields = std::vector<std::string>;

// The records of `text`, which must parse.
std::vector<Record> records(std::string_view text, const ParseLimits& limits = {}) {
  auto parsed = parse(text, limits);
  EXPECT_TRUE(parsed.ok()) << parsed.error().detail;
  return parsed.ok() ? *parsed : std::vector<Record>{};
}

Record record(int line, Fields fields) {
  Record r;
  r.line = line;
  r.fields = std::move(fields);
  return r;
}

// The error detail for `text`, which must not parse.
std::string problem(std::string_view text, const ParseLimits& limits = {}) {
  const auto parsed = parse(text, limits);
  if (parsed.ok()) return "(parsed)";
  EXPECT_EQ(parsed.error().kind, ErrorKind::invalid_input);
  return parsed.error().detail;
}

// ---- Records and fields ----------------------------------------------------------------------

TEST(CsvParse, CrlfAndLfLineEndsAndALastLineWithoutOne) {
  const std::vector<Record> expected = {record(1, {"id", "name"}), record(2, {"1", "Ana"}), record(3, {"2", "Sam"})};
  EXPECT_EQ(records("id,name\r\n1,Ana\r\n2,Sam\r\n"), expected);
  EXPECT_EQ(records("id,name\n1,Ana\n2,Sam\n"), expected);
  EXPECT_EQ(records("id,name\n1,Ana\r\n2,Sam"), expected);
  EXPECT_EQ(records("id,name\r1,Ana\r2,Sam\r"), expected);  // lone CRs, as old Mac spreadsheets wrote
}

TEST(CsvParse, EmptyFieldsAndSpacesAreKept) {
  EXPECT_EQ(records("a,,c\n"), (std::vector{record(1, {"a", "", "c"})}));
  EXPECT_EQ(records("a,\n"), (std::vector{record(1, {"a", ""})}));
  EXPECT_EQ(records(",,"), (std::vector{record(1, {"", "", ""})}));
  EXPECT_EQ(records("\"\"\n"), (std::vector{record(1, {""})}));
  EXPECT_EQ(records(" a , b \n"), (std::vector{record(1, {" a ", " b "})}));
}

TEST(CsvParse, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  EXPECT_EQ(records("\"Ruiz, Ana\",\"say \"\"hi\"\"\",\"\"\"\"\n"),
            (std::vector{record(1, {"Ruiz, Ana", "say \"hi\"", "\""})}));
  // Line breaks inside quotes are kept as written and still counted: each record here spans two
  // physical lines, so they start on lines 1, 3 and 5.
  EXPECT_EQ(records("a,\"two\r\nlines\",b\r\n\"x\ny\",z\r\nlast,row"),
            (std::vector{record(1, {"a", "two\r\nlines", "b"}), record(3, {"x\ny", "z"}), record(5, {"last", "row"})}));
}

TEST(CsvParse, EmptyLinesAreSkippedButCounted) {
  EXPECT_EQ(records("\n\r\nid,name\n\n\r\n1,Ana\n\n"),
            (std::vector{record(3, {"id", "name"}), record(6, {"1", "Ana"})}));
  EXPECT_TRUE(records("").empty());
  EXPECT_TRUE(records("\r\n\n\r").empty());
}

TEST(CsvParse, ByteOrderMarkAtTheStartIsSkipped) {
  EXPECT_EQ(records("\xEF\xBB\xBFid,name\r\n"), (std::vector{record(1, {"id", "name"})}));
  EXPECT_TRUE(records("\xEF\xBB\xBF").empty());
  // Anywhere else it is an ordinary (invisible) character.
  EXPECT_EQ(records("a,\xEF\xBB\xBF" "b"), (std::vector{record(1, {"a", "\xEF\xBB\xBF" "b"})}));
}

TEST(CsvParse, UnicodeTextPassesThrough) {
  EXPECT_EQ(records("Café Olé,€5,😀\n"), (std::vector{record(1, {"Café Olé", "€5", "😀"})}));
}

TEST(CsvParse, FormulaProtectionIsLeftForUnprotect) {
  EXPECT_EQ(records("'=1+1,'-2\n"), (std::vector{record(1, {"'=1+1", "'-2"})}));
}

// ---- Problems --------------------------------------------------------------------------------

struct ProblemCase {
  const char* description;
  std::string text;
  std::string detail;
};

void PrintTo(const ProblemCase& c, std::ostream* out) { *out << c.description; }

class CsvProblem : public ::testing::TestWithParam<ProblemCase> {};

TEST_P(CsvProblem, NamesTheLine) { EXPECT_EQ(problem(GetParam().text), GetParam().detail); }

const std::string kNotUtf8 =
    ": this line is not UTF-8 text. Save the file as UTF-8 (spreadsheets call this \"CSV UTF-8\") and import it "
    "again.";
const std::string kQuoteInside =
    ": a field has a quote (\") inside it. Put the whole field in quotes and write the quote twice, like "
    "\"say \"\"hi\"\"\".";
const std::string kTextAfterQuote =
    ": a quoted field has text after its closing quote. Put the whole field in quotes and write any quote "
    "inside it twice.";

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvProblem,
    ::testing::Values(
        ProblemCase{"quote never closed", "id,name\n1,\"Ana\n2,Sam\n", "Line 2: a quoted field is not closed."},
        ProblemCase{"quote closed by the end only", "\"", "Line 1: a quoted field is not closed."},
        ProblemCase{"quote inside an unquoted field", "a,b\nsay \"hi\",c\n", "Line 2" + kQuoteInside},
        ProblemCase{"quote at the end of an unquoted field", "a,b\"\n", "Line 1" + kQuoteInside},
        ProblemCase{"text after a closing quote", "\"a\"b,c\n", "Line 1" + kTextAfterQuote},
        ProblemCase{"space after a closing quote", "x\n\"multi\nline\" ,c\n", "Line 3" + kTextAfterQuote},
        ProblemCase{"Latin-1 text", "name\nCaf\xE9\n", "Line 2" + kNotUtf8},
        ProblemCase{"Latin-1 text inside quotes", "a\n\n\"x\ny\xE9\"\n", "Line 3" + kNotUtf8},
        ProblemCase{"stray continuation byte", "\x80", "Line 1" + kNotUtf8},
        ProblemCase{"overlong slash", "\xC0\xAF", "Line 1" + kNotUtf8},
        ProblemCase{"overlong three-byte form", "\xE0\x80\xAF", "Line 1" + kNotUtf8},
        ProblemCase{"surrogate half", "\xED\xA0\x80", "Line 1" + kNotUtf8},
        ProblemCase{"beyond U+10FFFF", "\xF4\x90\x80\x80", "Line 1" + kNotUtf8},
        ProblemCase{"cut short at the end", "a,\xE2\x82", "Line 1" + kNotUtf8},
        ProblemCase{"cut short before a comma", "\xE2\x82,a", "Line 1" + kNotUtf8}));

TEST(CsvParse, WellFormedUtf8AtTheEdgesIsAccepted) {
  // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
  const std::string edges = "\xC2\x80,\xDF\xBF,\xE0\xA0\x80,\xED\x9F\xBF,\xEE\x80\x80,\xEF\xBF\xBF,"
                            "\xF0\x90\x80\x80,\xF4\x8F\xBF\xBF";
  ASSERT_EQ(records(edges).size(), 1u);
  EXPECT_EQ(records(edges)[0].fields.size(), 8u);
}

TEST(CsvParse, LimitsHaveSensibleDefaults) {
  const ParseLimits limits;
  EXPECT_EQ(limits.max_records, 20000u);
  EXPECT_EQ(limits.max_bytes, 10u * 1024 * 1024);
  EXPECT_EQ(limits.max_field_chars, 10000u);
  EXPECT_EQ(problem(std::string(limits.max_bytes + 1, 'a')),
            "The file is larger than 10 MB. Split it into smaller files and import them one by one.");
}

TEST(CsvParse, RecordLimitCountsRecordsNotLines) {
  ParseLimits limits;
  limits.max_records = 2;
  EXPECT_EQ(records("h\n\n\n1\n\n", limits).size(), 2u);
  EXPECT_EQ(problem("h\n1\n\n2\n", limits),
            "Line 4: the file has more than 2 rows. Split it into smaller files and import them one by one.");
}

TEST(CsvParse, ByteLimitCountsTheWholeText) {
  ParseLimits limits;
  limits.max_bytes = 10;
  EXPECT_EQ(records("0123456789", limits).size(), 1u);
  const std::string too_large =
      "The file is larger than 10 bytes. Split it into smaller files and import them one by one.";
  EXPECT_EQ(problem("0123456789\n", limits), too_large);
  EXPECT_EQ(problem("\xEF\xBB\xBF" "01234567", limits), too_large);
}

TEST(CsvParse, FieldLimitCountsCharactersNotBytes) {
  ParseLimits limits;
  limits.max_field_chars = 3;
  EXPECT_EQ(records("abc,\xC3\xA9\xC3\xA8\xC3\xA0,\"a\"\"b\"\n", limits).size(), 1u);  // "éèà" is 6 bytes
  EXPECT_EQ(problem("abc\nok,abcd\n", limits), "Line 2: a field is longer than 3 characters.");
  // A long quoted field is reported on the line where it opens.
  EXPECT_EQ(problem("x\n\"a\nb\nc\"\n", limits), "Line 2: a field is longer than 3 characters.");
}

// ---- Formula protection ----------------------------------------------------------------------

TEST(CsvUnprotect, DropsTheApostropheThatCsvFieldAdds) {
  struct Case {
    std::string field;
    std::string value;
  };
  for (const auto& c : {
           Case{"'=SUM(A1)", "=SUM(A1)"},
           Case{"'+1", "+1"},
           Case{"'-2", "-2"},
           Case{"'@home", "@home"},
           Case{"'\tindented", "\tindented"},
           Case{"'\r", "\r"},
           Case{"'quoted'", "'quoted'"},  // not a formula: left alone
           Case{"''=x", "'=x"},           // field("'=x") wrote one more apostrophe: remove just that one
           Case{"'''-1", "''-1"},
           Case{"'", "'"},
           Case{"=1", "=1"},
           Case{"a'=b", "a'=b"},
           Case{"", ""},
       }) {
    EXPECT_EQ(unprotect(c.field), c.value) << c.field;
  }
}

// ---- Round trip ------------------------------------------------------------------------------

// A value made of pieces that exercise quoting, formula protection and multibyte characters.
// Values starting with an apostrophe are included: csv::field protects "'=" too, so unprotect
// restores them. Left out on purpose: a first field starting with a byte-order mark.
std::string random_value(std::mt19937& random) {
  static const std::vector<std::string> pieces = {"a", "Z",  "0", " ", ",",      "\"",     "'",    "=",   "+",
                                                  "-", "@",  "\t", "\r", "\n", "\r\n", "\xC3\xA9", "€", "😀"};
  std::uniform_int_distribution<std::size_t> length(0, 8);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string value;
  for (std::size_t n = length(random); n > 0; --n) {
    const auto& piece = pieces[pick(random)];
    value += piece;
  }
  return value;
}

// Physical lines in `text`, counted the way the reader counts them.
int line_breaks(std::string_view text) {
  int n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++n;
  }
  return n;
}

TEST(CsvRoundTrip, RandomRowsComeBackAsTheyWent) {
  std::mt19937 random(20260301);
  std::uniform_int_distribution<int> width(2, 6);  // one empty field alone would be an empty line
  std::vector<Fields> rows;
  std::vector<int> lines;
  std::string text;
  for (int r = 0; r < 500; ++r) {
    Fields values(static_cast<std::size_t>(width(random)));
    for (auto& v : values) v = random_value(random);
    lines.push_back(1 + line_breaks(text));
    text += row(values);
    rows.push_back(std::move(values));
  }

  const auto parsed = records(text);
  ASSERT_EQ(parsed.size(), rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    Fields values;
    for (const auto& f : parsed[r].fields) values.push_back(unprotect(f));
    EXPECT_EQ(values, rows[r]) << "row " << r;
    EXPECT_EQ(parsed[r].line, lines[r]) << "row " << r;
  }
}

}  // namespace
}  // namespace cg::csv
