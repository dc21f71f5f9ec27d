#include "cli/options.h"

#include <charconv>
#include <cstdlib>

namespace cg::cli {

const std::string& Options::text(std::string_view flag) const { return values_.find(flag)->second; }

Result<long long> Options::number(std::string_view flag, long long min, long long max) const {
  const auto& raw = text(flag);
  long long value = 0;
  auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (ec != std::errc() || end != raw.data() + raw.size() || value < min || value > max) {
    return Error::invalid_field(std::string(flag), "must be a whole number from " + std::to_string(min) +
                                                       " to " + std::to_string(max) + ", not \"" + raw + "\"");
  }
  return value;
}

EnvLookup process_environment() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* value = std::getenv(std::string(name).c_str());
    if (!value) return std::nullopt;
    return std::string(value);
  };
}

Result<Options> parse_options(std::span<const OptionSpec> specs, std::span<const std::string> args,
                              const EnvLookup& env) {
  std::map<std::string, std::string, std::less<>> values;
  for (const auto& spec : specs) {
    auto from_env = env(spec.env);
    values[std::string(spec.flag)] = from_env ? *from_env : std::string(spec.default_value);
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    std::string value;
    const auto equals = arg.find('=');
    std::string_view flag = arg.substr(0, equals);
    const OptionSpec* spec = nullptr;
    for (const auto& s : specs) {
      if (s.flag == flag) spec = &s;
    }
    if (!spec) return Error::invalid_field(std::string(arg), "unknown option (see --help)");
    if (equals != std::string_view::npos) {
      value = std::string(arg.substr(equals + 1));
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return Error::invalid_field(std::string(flag), "needs a value");
    }
    values[std::string(flag)] = std::move(value);
  }
  return Options(std::move(values));
}

bool wants_help(std::span<const std::string> args) {
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") return true;
  }
  return false;
}

std::string usage(std::string_view command, std::string_view summary, std::span<const OptionSpec> specs) {
  std::string out = "Usage: commonground " + std::string(command) + (specs.empty() ? "" : " [options]") +
                    "\n\n" + std::string(summary) + "\n";
  if (!specs.empty()) out += "\nOptions (those with a [VARIABLE] also read it from the environment):\n";
  for (const auto& s : specs) {
    const std::string variable = s.env.empty() ? "" : "   [" + std::string(s.env) + "]";
    out += "  " + std::string(s.flag) + " VALUE" + variable + "\n      " +
           std::string(s.help) + (s.default_value.empty() ? "" : " Default: " + std::string(s.default_value)) +
           "\n";
  }
  return out;
}

}  // namespace cg::cli
