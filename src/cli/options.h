// Command-line flags for the subcommands. Every flag can also come from an environment variable
// (CG_DATABASE for --database...); a flag given on the command line wins.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

namespace cg::cli {

struct OptionSpec {
  std::string_view flag;           // "--database"
  std::string_view env;            // "CG_DATABASE"
  std::string_view default_value;  // used when neither flag nor variable is set
  std::string_view help;
};

class Options {
 public:
  explicit Options(std::map<std::string, std::string, std::less<>> values) : values_(std::move(values)) {}
  const std::string& text(std::string_view flag) const;
  // Fails with a message naming the flag when the value is not a whole number in [min, max].
  Result<long long> number(std::string_view flag, long long min, long long max) const;

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

using EnvLookup = std::function<std::optional<std::string>(std::string_view)>;

EnvLookup process_environment();

// Parses "--flag value" and "--flag=value". Unknown flags and missing values are errors.
Result<Options> parse_options(std::span<const OptionSpec> specs, std::span<const std::string> args,
                              const EnvLookup& env);

bool wants_help(std::span<const std::string> args);

std::string usage(std::string_view command, std::string_view summary, std::span<const OptionSpec> specs);

}  // namespace cg::cli
