#include "app/demo_resources.h"

#include <array>
#include <chrono>
#include <random>
#include <string>

#include "domain/resource.h"
#include "domain/time_format.h"
#include "store/resource_repository.h"
#include "store/resource_topic_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

constexpr int kPerTransaction = 1000;
constexpr std::string_view kMarker = "bench.example";  // every generated link is on this host

template <std::size_t N>
std::string_view pick(std::mt19937& rng, const std::array<std::string_view, N>& words) {
  return words[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

template <std::size_t N>
std::string_view pick_zipf(std::mt19937& rng, const std::array<std::string_view, N>& words) {
  static const auto weights = [] {
    std::array<double, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = 1.0 / static_cast<double>(i + 1);
    return out;
  }();
  std::discrete_distribution<std::size_t> choose(weights.begin(), weights.end());
  return words[choose(rng)];
}

// In order of how often the field writes about them: picked with Zipf's law (the n-th about 1/n as
// often as the first), as words are in real libraries, so a rare practice matches few resources.
constexpr std::array<std::string_view, 64> kApproaches = {
    "Community policing", "Problem-oriented policing", "Hot spots policing", "Focused deterrence",
    "Street outreach", "Crisis intervention teams", "Mentoring", "Restorative justice", "Youth employment",
    "Violence interruption", "Co-responder programs", "Neighbourhood watch", "Procedural justice training",
    "Victim advocacy", "Reentry coaching", "Place-based crime prevention", "Community courts",
    "Business improvement districts", "Safe passage", "Truancy reduction", "Hospital-based intervention",
    "Lighting and environmental design", "Family group conferencing", "Curfew alternatives", "Graffiti abatement",
    "Drug market intervention", "Pulling levers", "Cognitive behavioral therapy", "Multisystemic therapy",
    "Functional family therapy", "Peer mediation", "School resource officers", "Gang resistance education",
    "Ceasefire", "Cure Violence", "Summer youth employment", "Vacant lot greening", "Abandoned building remediation",
    "Alley gating", "Closed-circuit television", "Shot detection", "License plate readers", "Body-worn cameras",
    "Mobile crisis units", "Sobering centers", "Housing first", "Supportive housing", "Drug courts",
    "Mental health courts", "Veterans treatment courts", "Pretrial diversion", "Law enforcement assisted diversion",
    "Naloxone distribution", "Syringe services", "Elder abuse response teams", "Domestic violence high risk teams",
    "Sexual assault response teams", "Human trafficking task forces", "Repeat victimization prevention",
    "Burglary target hardening", "Auto theft prevention", "Retail theft partnerships", "Campus safety escorts",
    "Transit safety ambassadors"};

constexpr std::array<std::string_view, 16> kGoals = {
    "reduce gun violence", "prevent youth violence", "build community trust", "reduce repeat burglary",
    "support victims", "lower overdose deaths", "keep schools safe", "reduce homelessness-related calls",
    "divert people in crisis", "improve police-community relations", "reduce disorder", "prevent retaliation",
    "reduce re-offending", "protect small businesses", "improve case outcomes", "share data safely"};
constexpr std::array<std::string_view, 14> kPlaces = {
    "in public housing", "in rural counties", "in downtown districts", "near schools", "in mid-sized cities",
    "on transit", "in tribal communities", "in college towns", "along commercial corridors", "in parks",
    "in suburban neighborhoods", "at nightlife venues", "in border towns", "across a region"};
constexpr std::array<std::string_view, 12> kOpenings = {
    "This guide describes", "A practical toolkit on", "Findings from a three-year evaluation of",
    "Lessons learned from", "A training curriculum for", "A case study of", "An overview of the evidence on",
    "Templates and checklists for", "A webinar recording about", "Technical assistance materials on",
    "A dataset and codebook from", "A step-by-step plan for"};
constexpr std::array<std::string_view, 18> kDetails = {
    "Partners included health and social services, courts, faith groups and business owners.",
    "The police department shared incident data monthly with community partners.",
    "Residents and critics were invited from the start to shape the response.",
    "Outcomes were measured with before and after comparisons against similar areas.",
    "The partnership met every month and kept written minutes and decisions.",
    "Costs, staffing and contingencies are described for agencies of different sizes.",
    "Schools, parents and officers worked together on student safety.",
    "Private security firms coordinated patrols with local law enforcement.",
    "A memorandum of understanding set out roles and responsibilities.",
    "Survey results showed rising trust between residents and officers.",
    "The SARA model guided scanning, analysis, response and assessment.",
    "Public health agencies helped analyse injury and hospital data.",
    "Outreach workers with lived experience led the street-level work.",
    "Results were mixed, and the report explains what did not work.",
    "Displacement to nearby areas was checked and not found.",
    "The program was sustained after the grant ended through local funding.",
    "Training for officers covered de-escalation and procedural justice.",
    "Data sharing agreements protected the privacy of victims and witnesses."};
constexpr std::array<std::string_view, 20> kPublishers = {
    "Office of Community Oriented Policing Services", "Bureau of Justice Assistance", "National Institute of Justice",
    "Police Executive Research Forum", "Urban Institute", "RAND Corporation", "Vera Institute of Justice",
    "Center for Problem-Oriented Policing", "National League of Cities", "Council on Criminal Justice",
    "Lakeside University", "Riverton Institute", "State Attorney General's Office", "Community Safety Network",
    "National Network for Safe Communities", "Cure Violence Global", "Police Foundation", "Justice Research Center",
    "Campbell Collaboration", "Youth Justice Alliance"};
constexpr std::array<std::string_view, 16> kSurnames = {"Garcia", "Nguyen", "Smith", "Okafor", "Johnson", "Patel",
                                                        "Williams", "Chen", "Brown", "Lopez", "Davis", "Kim",
                                                        "Miller", "Haddad", "Wilson", "Moore"};

}  // namespace

BenchmarkResources load_benchmark_resources(store::Store& store, const Clock& clock, int count) {
  BenchmarkResources out;
  const auto already = store.read([](store::Connection& c) {
    return !c.query("SELECT 1 FROM resources WHERE link_key LIKE 'bench.example/%' LIMIT 1").empty();
  });
  if (already) return out;
  const auto topics = store.read([](store::Connection& c) { return store::ResourceTopicRepository(c).list(); });
  const auto types = all_resource_types();
  const auto ratings = all_evidence_ratings();
  std::mt19937 rng(20261127);  // the same library every run
  const auto now = format_utc(clock());
  const auto started = std::chrono::steady_clock::now();
  for (int done = 0; done < count;) {
    const int batch = std::min(kPerTransaction, count - done);
    store.write([&](store::Connection& c) {
      store::ResourceRepository repo(c);
      for (int i = 0; i < batch; ++i) {
        const int n = done + i + 1;
        store::ResourceWrite w;
        auto& f = w.fields;
        f.title = std::string(pick_zipf(rng, kApproaches)) + " to " + std::string(pick(rng, kGoals)) + " " +
                  std::string(pick(rng, kPlaces));
        f.type = types[std::uniform_int_distribution<std::size_t>(0, types.size() - 1)(rng)].value;
        f.evidence = ratings[std::uniform_int_distribution<std::size_t>(0, ratings.size() - 1)(rng)].value;
        f.summary = std::string(pick(rng, kOpenings)) + " " + std::string(pick_zipf(rng, kApproaches)) + " to " +
                    std::string(pick(rng, kGoals)) + ". " + std::string(pick(rng, kDetails)) + " " +
                    std::string(pick(rng, kDetails)) + " " + std::string(pick(rng, kDetails));
        f.link = "https://" + std::string(kMarker) + "/resources/" + std::to_string(n);
        f.publisher = std::string(pick(rng, kPublishers));
        f.authors = {std::string(pick(rng, kSurnames)) + ", " + std::string(1, static_cast<char>('A' + n % 26)) + "."};
        if (n % 7 != 0) f.year = std::uniform_int_distribution<int>(1985, 2026)(rng);
        std::vector<std::string> labels;
        const auto topic_count = std::uniform_int_distribution<int>(1, 3)(rng);
        for (int t = 0; t < topic_count; ++t) {
          const auto& topic = topics[std::uniform_int_distribution<std::size_t>(0, topics.size() - 1)(rng)];
          if (std::find(f.topics.begin(), f.topics.end(), topic.key) != f.topics.end()) continue;
          f.topics.push_back(topic.key);
          labels.push_back(topic.label);
        }
        w.summary_text = f.summary;
        w.catalog_text = catalog_text(f, labels);
        repo.insert(w, {}, ResourceStatus::published, now);
      }
      return 0;
    });
    done += batch;
  }
  out.created = true;
  out.resources = static_cast<std::size_t>(count);
  out.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const auto rebuild_started = std::chrono::steady_clock::now();
  store.write([](store::Connection& c) {
    store::ResourceRepository(c).rebuild_search_index();
    return 0;
  });
  out.index_rebuild_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - rebuild_started).count();
  return out;
}

}  // namespace cg::app
