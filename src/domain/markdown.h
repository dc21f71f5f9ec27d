// Markdown (GitHub flavour: tables, strikethrough, autolinks, task lists) to HTML for minutes and
// discussion, rendered by Debian's cmark-gfm in its safe mode: raw HTML is left out (a <script>
// never reaches the page) and links to javascript:, vbscript:, file: and data: URLs are dropped.
// Pure: no I/O.
#pragma once

#include <string>
#include <string_view>

namespace cg {

std::string markdown_to_html(std::string_view markdown);

// The words without the marks ("**bold**" is "bold"), for search indexes and quoted snippets.
std::string markdown_to_text(std::string_view markdown);

}  // namespace cg
