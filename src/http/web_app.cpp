#include "http/web_app.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/problem.h"

namespace cg::http {
namespace {

std::string content_type_for(const std::filesystem::path& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".jpg", "image/jpeg"},                {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},                 {".ico", "image/x-icon"},
      {".webp", "image/webp"},               {".woff2", "font/woff2"},
      {".woff", "font/woff"},                {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"}, {".map", "application/json"},
      {".webmanifest", "application/manifest+json"}};
  const auto found = kTypes.find(path.extension().string());
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

bool looks_like_a_file(std::string_view path) {
  const auto last = path.substr(path.rfind('/') + 1);
  return last.find('.') != std::string_view::npos;
}

}  // namespace

std::unique_ptr<WebApp> WebApp::load(const std::string& directory, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(directory, ec);
  if (ec || !fs::is_regular_file(root / "index.html")) {
    error = "no web app at " + directory + " (index.html missing; build it with npm run build in web/)";
    return nullptr;
  }
  auto app = std::unique_ptr<WebApp>(new WebApp());
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    const auto relative = fs::relative(entry.path(), root).generic_string();
    File file;
    file.content_type = content_type_for(entry.path());
    file.body = body.str();
    file.immutable = relative.starts_with("assets/");
    app->files_.emplace("/" + relative, std::move(file));
  }
  return app;
}

Response WebApp::file_response(const File& file) const {
  Response response;
  response.set_header("Content-Type", file.content_type);
  response.set_header("Cache-Control", file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (file.content_type.starts_with("text/html")) {
    response.set_header("Content-Security-Policy", kWebAppContentSecurityPolicy);
  }
  response.body = file.body;
  return response;
}

Response WebApp::serve(const Request& request) const {
  const std::string_view path = request.path;
  if (path.starts_with("/api/") || path == "/api") return route_not_found(request);
  if (const auto found = files_.find(path == "/" ? std::string_view("/index.html") : path); found != files_.end()) {
    return file_response(found->second);
  }
  if (looks_like_a_file(path)) return route_not_found(request);
  return file_response(files_.at("/index.html"));
}

}  // namespace cg::http
