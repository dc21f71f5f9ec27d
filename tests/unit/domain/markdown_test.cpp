#include "domain/markdown.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

TEST(Markdown, GithubFlavourRenders) {
  EXPECT_EQ(markdown_to_html("**Decided:** meet at the *library*."),
            "<p><strong>Decided:</strong> meet at the <em>library</em>.</p>\n");
  EXPECT_EQ(markdown_to_html("- [x] Flyers\n- [ ] Lights\n"),
            "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> Flyers</li>\n"
            "<li><input type=\"checkbox\" disabled=\"\" /> Lights</li>\n</ul>\n");
  EXPECT_NE(markdown_to_html("| Who | What |\n|---|---|\n| Ana | Flyers |\n").find("<table>"), std::string::npos);
  EXPECT_EQ(markdown_to_html("~~cancelled~~"), "<p><del>cancelled</del></p>\n");
  EXPECT_EQ(markdown_to_html("See https://riverton.example/minutes"),
            "<p>See <a href=\"https://riverton.example/minutes\">https://riverton.example/minutes</a></p>\n");
}

TEST(Markdown, ScriptsAndDangerousLinksAreInert) {
  const auto html = markdown_to_html("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("onerror"), std::string::npos) << html;
  EXPECT_NE(html.find("raw HTML omitted"), std::string::npos) << html;
  const auto link = markdown_to_html("[click](javascript:alert(1))");
  EXPECT_EQ(link.find("javascript"), std::string::npos) << link;
  EXPECT_EQ(markdown_to_html("a & b < c"), "<p>a &amp; b &lt; c</p>\n");
}

}  // namespace
}  // namespace cg
