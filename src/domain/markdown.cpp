#include "domain/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace cg {
namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

struct ParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct CharFree {
  void operator()(char* s) const { std::free(s); }
};

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
  // Registering the extensions touches a process-wide list: once, before any parse.
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  // CMARK_OPT_DEFAULT keeps cmark's safe mode (no CMARK_OPT_UNSAFE).
  const int options = CMARK_OPT_DEFAULT;
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(options));
  for (const char* name : kExtensions) {
    if (auto* extension = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser.get(), extension);
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeFree> document(cmark_parser_finish(parser.get()));
  std::unique_ptr<char, CharFree> html(
      cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
  return html ? std::string(html.get()) : std::string();
}

}  // namespace cg
