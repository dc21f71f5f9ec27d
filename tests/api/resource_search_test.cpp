// One search suite for both engines (FTS5 on SQLite, tsvector on PostgreSQL): the same library
// and the same queries must give the same results, in the same order where relevance decides:
// stemming, phrases, prefixes, OR, exclusions, ranking of title over summary, facets counted with
// the other facets' choices, newest first, paging, snippets that mark the match, more like this.
#include <algorithm>
#include <set>
#include <vector>

#include "support/resource_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

struct Seed {
  const char* title;
  const char* type;
  int year;
  const char* publisher;
  std::vector<const char*> topics;
  const char* summary;
};

// Words neither the seed library nor any topic's name uses (curfew, truancy, mentor, graffiti,
// burglary), so these results are exactly this table's.
const std::vector<Seed> kLibrary = {
    {"Youth curfew enforcement", "evidence_based_strategy", 2018, "Riverton Institute", {"youth"},
     "Evening curfews for minors, with notice to families and help in place of arrest."},
    {"After-school programs and crime", "publication", 2012, "Riverton Institute", {"youth", "schools"},
     "Compares neighbourhoods before and after a curfew was replaced by after-school programs."},
    {"Truancy reduction partnerships", "case_study", 2015, "Lakeside University", {"schools"},
     "Schools, courts and police partnering to bring truant students back to class."},
    {"Mentoring young people at risk", "training", 2021, "Lakeside University", {"youth"},
     "A course for mentors: how mentoring works, and what good mentors do each week."},
    {"Graffiti abatement toolkit", "toolkit", 2009, "Riverton Institute", {"problem_solving"},
     "Rapid graffiti removal with business owners, and what it does to repeat tagging and burglary."},
    {"Burglary reduction through focused deterrence", "evidence_based_strategy", 2019, "Lakeside University",
     {"problem_solving"}, "Call-ins, services and swift consequences for the few who commit most burglaries, and gangs."},
    {"Reduction of burglary in student housing", "case_study", 1998, "Riverton Institute", {"problem_solving"},
     "Locks, lighting and landlords: fewer break-ins near campus, without gang involvement."},
    {"Neighbour alerts after a burglary", "publication", 2022, "", {"victim_services"},
     "Reaching the victims of a break-in at the door, when neighbours are most open to help."},
};

class ResourceSearch : public ResourceTest {
 protected:
  void SetUp() override {
    ResourceTest::SetUp();
    if (HasFatalFailure()) return;
    for (const auto& seed : kLibrary) {
      json::array topics;
      for (const auto* topic : seed.topics) topics.emplace_back(topic);
      auto created = share(admin(), {{"title", seed.title},
                                     {"type", seed.type},
                                     {"year", seed.year},
                                     {"publisher", seed.publisher},
                                     {"topics", std::move(topics)},
                                     {"summary", seed.summary}});
      ASSERT_EQ(created.at("status"), "published");
      ids_.emplace(seed.title, created.at("id").as_int64());
    }
  }

  json::object search(const std::string& query) {
    const auto found = http().get("/api/v1/resources?" + query);
    EXPECT_EQ(found.status, 200) << query << ": " << found.body;
    return found.status == 200 ? found.json().as_object() : json::object{{"items", json::array()}, {"total", 0}};
  }

  // The titles found, in order.
  std::vector<std::string> titles(const std::string& query) {
    const auto results = search(query);  // held: a range-for over a temporary's member dangles (GCC 12)
    std::vector<std::string> out;
    for (const auto& item : results.at("items").as_array()) out.emplace_back(item.at("title").as_string());
    return out;
  }

  // A facet's counts as "key=count" in the server's order (most first).
  std::vector<std::string> facet(const json::object& results, const std::string& name) {
    std::vector<std::string> out;
    for (const auto& entry : results.at("facets").at(name).as_array()) {
      out.push_back(std::string(entry.at("key").as_string()) + "=" + std::to_string(entry.at("count").as_int64()));
    }
    return out;
  }

  std::map<std::string, std::int64_t> ids_;
};

using Titles = std::vector<std::string>;

TEST_P(ResourceSearch, WordsAreStemmedAndAllRequired) {
  EXPECT_EQ(titles("q=mentor"), Titles{"Mentoring young people at risk"}) << "mentors, mentoring: one stem";
  EXPECT_EQ(titles("q=truant%20partnered"), Titles{"Truancy reduction partnerships"});
  EXPECT_EQ(titles("q=curfew%20families"), Titles{"Youth curfew enforcement"});
  EXPECT_TRUE(titles("q=curfew%20graffiti").empty());
}

TEST_P(ResourceSearch, TitleMatchesRankAboveSummaryMatches) {
  EXPECT_EQ(titles("q=curfew"), (Titles{"Youth curfew enforcement", "After-school programs and crime"}));
  const auto burglary = titles("q=burglary");
  ASSERT_EQ(burglary.size(), 4u);
  EXPECT_EQ(std::set<std::string>(burglary.begin(), burglary.begin() + 3),
            (std::set<std::string>{"Burglary reduction through focused deterrence", "Reduction of burglary in student housing",
                                   "Neighbour alerts after a burglary"}))
      << "every title match first";
  EXPECT_EQ(burglary.back(), "Graffiti abatement toolkit") << "a word in the summary only, last";
}

TEST_P(ResourceSearch, PhrasesKeepTheirOrderAndPrefixesFindEveryEnding) {
  EXPECT_EQ(titles("q=%22burglary%20reduction%22"), Titles{"Burglary reduction through focused deterrence"});
  EXPECT_EQ(titles("q=%22reduction%20of%20burglary%22"), Titles{"Reduction of burglary in student housing"});
  EXPECT_EQ(titles("q=graff*"), Titles{"Graffiti abatement toolkit"});
  EXPECT_EQ(titles("q=%22after-school%20prog%22*&sort=newest"), Titles{"After-school programs and crime"});
}

TEST_P(ResourceSearch, OrWidensAndAMinusLeavesOut) {
  EXPECT_EQ(titles("q=curfew%20OR%20truancy&sort=newest"),
            (Titles{"Youth curfew enforcement", "Truancy reduction partnerships", "After-school programs and crime"}));
  EXPECT_EQ(titles("q=burglary%20-gang&sort=newest"), (Titles{"Neighbour alerts after a burglary", "Graffiti abatement toolkit"}));
  EXPECT_EQ(titles("q=burglary%20-%22gang%20involvement%22&sort=newest"),
            (Titles{"Neighbour alerts after a burglary", "Burglary reduction through focused deterrence",
                    "Graffiti abatement toolkit"}));
}

TEST_P(ResourceSearch, FacetsCountWithTheOtherFacetsChoices) {
  const auto youth = search("q=youth%20OR%20schools%20OR%20curfew%20OR%20mentor");
  EXPECT_EQ(youth.at("total"), 4);
  EXPECT_EQ(facet(youth, "topic"), (Titles{"youth=3", "schools=2"}));
  EXPECT_EQ(facet(youth, "year"), (Titles{"2020_on=1", "2010s=3"})) << "years newest first, not by count";
  EXPECT_EQ(facet(youth, "publisher"), (Titles{"Lakeside University=2", "Riverton Institute=2"}));

  const auto studies = search("q=youth%20OR%20schools%20OR%20curfew%20OR%20mentor&type=case_study");
  EXPECT_EQ(studies.at("total"), 1);
  EXPECT_EQ(facet(studies, "type"),
            (Titles{"case_study=1", "evidence_based_strategy=1", "publication=1", "training=1"}))
      << "the chosen type still shows its neighbours";
  EXPECT_EQ(facet(studies, "topic"), Titles{"schools=1"});

  const auto old = search("year=before_2000");
  EXPECT_EQ(old.at("total"), 1);
  EXPECT_EQ(old.at("items").at(0).at("title"), "Reduction of burglary in student housing");
  EXPECT_EQ(search("publisher=Lakeside%20University&topic=youth").at("total"), 1);
  EXPECT_EQ(search("evidence=not_rated&type=toolkit&publisher=Riverton%20Institute").at("total"), 1);
}

TEST_P(ResourceSearch, NewestFirstAndPagesFollowOneAnother) {
  const auto newest = titles("q=burglary%20OR%20curfew&sort=newest");
  EXPECT_EQ(newest, (Titles{"Neighbour alerts after a burglary", "Burglary reduction through focused deterrence",
                            "Youth curfew enforcement", "After-school programs and crime", "Graffiti abatement toolkit",
                            "Reduction of burglary in student housing"}));
  const auto first = titles("q=burglary%20OR%20curfew&sort=newest&per_page=2&page=1");
  const auto second = titles("q=burglary%20OR%20curfew&sort=newest&per_page=2&page=2");
  const auto third = titles("q=burglary%20OR%20curfew&sort=newest&per_page=2&page=3");
  Titles joined = first;
  joined.insert(joined.end(), second.begin(), second.end());
  joined.insert(joined.end(), third.begin(), third.end());
  EXPECT_EQ(joined, newest);
  EXPECT_EQ(search("q=burglary%20OR%20curfew&per_page=2&page=3").at("total"), 6);
  EXPECT_TRUE(titles("q=burglary%20OR%20curfew&sort=newest&per_page=2&page=4").empty());
}

TEST_P(ResourceSearch, SnippetsMarkTheMatchedWords) {
  const auto found = search("q=mentor");
  std::string marked, whole;
  for (const auto& piece : found.at("items").at(0).at("snippet").as_array()) {
    whole += piece.at("text").as_string();
    if (piece.at("match").as_bool()) marked += std::string(piece.at("text").as_string()) + "|";
  }
  EXPECT_NE(marked.find("mentors"), std::string::npos) << marked;
  EXPECT_NE(marked.find("mentoring"), std::string::npos) << marked;
  EXPECT_NE(whole.find("what good"), std::string::npos) << whole;
}

TEST_P(ResourceSearch, BrowsingShowsEachSummarysOpeningCutBetweenWords) {
  const auto seed = http().get("/api/v1/resources/8");  // the seed library's Public Safety Clearinghouse: 291 characters
  ASSERT_EQ(seed.status, 200) << seed.body;
  const auto browsed = search("sort=newest&per_page=50");
  int cut = 0;
  bool seen = false;
  for (const auto& item : browsed.at("items").as_array()) {
    std::string text;
    for (const auto& piece : item.at("snippet").as_array()) text += piece.at("text").as_string();
    if (!text.ends_with("…")) continue;
    ++cut;
    const auto shown = text.substr(0, text.size() - std::string("…").size());
    EXPECT_LE(shown.size(), 240u) << text;
    EXPECT_NE(shown.back(), ' ') << text;
    if (item.at("id").as_int64() == 8) {
      seen = true;
      const std::string summary(seed.json().at("summary").as_string());
      ASSERT_EQ(summary.substr(0, shown.size()), shown) << "the summary's opening";
      EXPECT_EQ(summary[shown.size()], ' ') << "cut between words: " << text;
    }
  }
  EXPECT_TRUE(seen) << "the 291-character summary is shown cut";
  EXPECT_GE(cut, 3) << "the seed's longer summaries are cut";
}

TEST_P(ResourceSearch, MoreLikeThisSharesTitleWordsAndTopics) {
  const auto path = "/api/v1/resources/" + std::to_string(ids_.at("Burglary reduction through focused deterrence")) +
                    "/similar?limit=5";
  const auto similar = http().get(path);
  ASSERT_EQ(similar.status, 200) << similar.body;
  std::vector<std::string> found;
  for (const auto& item : similar.json().at("items").as_array()) found.emplace_back(item.at("title").as_string());
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front(), "Reduction of burglary in student housing") << "two title words and its topic";
  EXPECT_EQ(std::count(found.begin(), found.end(), "Burglary reduction through focused deterrence"), 0)
      << "never itself";
  EXPECT_EQ(std::count(found.begin(), found.end(), "Mentoring young people at risk"), 0) << "nothing in common";
}

CG_ON_BOTH_ENGINES(ResourceSearch);

}  // namespace
}  // namespace cg::testing
