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

// The parsed document and its parser (whose extensions the renderers need).
struct Parsed {
  std::unique_ptr<cmark_parser, ParserFree> parser;
  std::unique_ptr<cmark_node, NodeFree> document;
};

// CMARK_OPT_DEFAULT keeps cmark's safe mode (no CMARK_OPT_UNSAFE).
constexpr int kOptions = CMARK_OPT_DEFAULT;

Parsed parse(std::string_view markdown) {
  // Registering the extensions touches a process-wide list: once, before any parse.
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  Parsed out;
  out.parser.reset(cmark_parser_new(kOptions));
  for (const char* name : kExtensions) {
    if (auto* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(out.parser.get(), extension);
    }
  }
  cmark_parser_feed(out.parser.get(), markdown.data(), markdown.size());
  out.document.reset(cmark_parser_finish(out.parser.get()));
  return out;
}

std::string taken(char* rendered) {
  std::unique_ptr<char, CharFree> owned(rendered);
  return owned ? std::string(owned.get()) : std::string();
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
  const auto parsed = parse(markdown);
  return taken(cmark_render_html(parsed.document.get(), kOptions,
                                 cmark_parser_get_syntax_extensions(parsed.parser.get())));
}

std::string markdown_to_text(std::string_view markdown) {
  const auto parsed = parse(markdown);
  return taken(cmark_render_plaintext(parsed.document.get(), kOptions, 0));
}

}  // namespace cg
