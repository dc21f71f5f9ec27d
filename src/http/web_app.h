// Serves the built web app (web/dist) from memory: the files are read once at start, so answering
// never touches the disk and runs on an I/O thread. Hashed files under assets/ are cached for a
// year; index.html is revalidated every time so a new release shows up at once. A path that is
// not a file and does not look like one is a client-side route and gets index.html. Paths under
// /api/ never do: an unknown API path is a 404 problem, not a page.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "http/message.h"

namespace cg::http {

class WebApp {
 public:
  // Reads every file below `directory`; nullptr (and a message in `error`) when it has no index.html.
  static std::unique_ptr<WebApp> load(const std::string& directory, std::string& error);

  Response serve(const Request& request) const;
  std::size_t file_count() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
    bool immutable = false;
  };
  Response file_response(const File& file) const;

  std::map<std::string, File, std::less<>> files_;  // by URL path, e.g. "/assets/index-3f2a.js"
};

// The policy for the web app's pages: only its own scripts, styles, fonts and images.
inline constexpr const char* kWebAppContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

}  // namespace cg::http
