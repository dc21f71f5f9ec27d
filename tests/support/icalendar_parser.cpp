#include "support/icalendar_parser.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>

namespace cg::testing {

std::string parse_events(const std::string& ics, const std::string& per_event) {
  char path[] = "/tmp/cg-calendar-XXXXXX";
  const int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(write(fd, ics.data(), ics.size()), static_cast<ssize_t>(ics.size()));
  close(fd);
  // Debian's interpreter, where python3-icalendar is installed (a pyenv python3 may come first on
  // PATH). The expression travels as an argument, so it needs no shell quoting of its own.
  char script[] = "/tmp/cg-calendar-script-XXXXXX";
  const int sfd = mkstemp(script);
  EXPECT_GE(sfd, 0);
  const std::string program =
      "import icalendar, sys\n"
      "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
      "print('\\n'.join(sorted(str(eval(sys.argv[2], {'e': e})) for e in cal.walk('VEVENT'))))\n";
  EXPECT_EQ(write(sfd, program.data(), program.size()), static_cast<ssize_t>(program.size()));
  close(sfd);
  std::string quoted = "'";
  for (char c : per_event) {
    if (c == '\'') quoted += "'\\''";
    else quoted += c;
  }
  quoted += "'";
  const std::string command = std::string("/usr/bin/python3 ") + script + " " + path + " " + quoted + " 2>&1";
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    pclose(pipe);
  }
  std::remove(path);
  std::remove(script);
  return out;
}

}  // namespace cg::testing
