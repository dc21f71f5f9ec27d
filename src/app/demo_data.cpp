#include "app/demo_data.h"

#include <stdexcept>
#include <vector>

#include "domain/organization.h"
#include "domain/time_format.h"
#include "store/organization_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using K = OrganizationKind;
using S = Sector;

struct DemoOrganization {
  const char* name;
  Sector sector;
  OrganizationKind kind;
  const char* website;
  const char* phone;
  const char* email;
  const char* notes;
};

// A fictional city (Riverton) and county (Marlow). Addresses use reserved example domains and
// 555-01xx numbers, which are never assigned to real people.
const std::vector<DemoOrganization>& demo_organizations() {
  static const std::vector<DemoOrganization> all = {
      {"Riverton Police Department", S::law_enforcement, K::agency, "https://police.riverton.example",
       "(555) 010-0100", "community@police.riverton.example",
       "Community Policing Bureau leads the partnership work; Lt. Alvarez is the contact."},
      {"Marlow County Sheriff's Office", S::law_enforcement, K::agency, "https://sheriff.marlow.example",
       "(555) 010-0101", nullptr, "Covers the unincorporated areas east of the river."},
      {"Riverton Transit Police", S::law_enforcement, K::agency, nullptr, "(555) 010-0102", nullptr, nullptr},
      {"Marlow County Behavioral Health", S::health_social_services, K::agency,
       "https://health.marlow.example/behavioral", "(555) 010-0110", "crisis-team@health.marlow.example",
       "Runs the mobile crisis team that rides with officers on mental-health calls."},
      {"Eastside Family Resource Center", S::health_social_services, K::nonprofit,
       "https://eastsidefamily.example", "(555) 010-0111", "hello@eastsidefamily.example", nullptr},
      {"Riverton Housing First Coalition", S::health_social_services, K::nonprofit,
       "https://housingfirst-riverton.example", "(555) 010-0112", nullptr,
       "Street outreach to people living unsheltered along the river trail."},
      {"Marlow County Public Health Department", S::public_health, K::agency,
       "https://publichealth.marlow.example", "(555) 010-0120", "violence-prevention@publichealth.marlow.example",
       "Hosts the county's violence prevention program."},
      {"City of Riverton Office of Neighborhood Services", S::government, K::agency,
       "https://riverton.example/neighborhoods", "(555) 010-0130", "neighborhoods@riverton.example", nullptr},
      {"Riverton City Council, District 3", S::government, K::agency, "https://riverton.example/council/d3",
       "(555) 010-0131", nullptr, nullptr},
      {"Marlow County District Attorney's Office", S::courts_corrections, K::agency,
       "https://da.marlow.example", "(555) 010-0140", nullptr, "Community prosecution unit."},
      {"Marlow County Probation Department", S::courts_corrections, K::agency, nullptr, "(555) 010-0141",
       nullptr, "Reentry caseworkers attend the Eastside partnership meetings."},
      {"Riverton Community Court", S::courts_corrections, K::agency, nullptr, "(555) 010-0142", nullptr, nullptr},
      {"Greater Hope Baptist Church", S::faith, K::faith_congregation, "https://greaterhope.example",
       "(555) 010-0150", nullptr, "Pastor Reed hosts the monthly community walk."},
      {"Riverton Interfaith Council", S::faith, K::association, "https://interfaith-riverton.example",
       "(555) 010-0151", "council@interfaith-riverton.example", nullptr},
      {"Masjid Al-Noor", S::faith, K::faith_congregation, nullptr, "(555) 010-0152", nullptr, nullptr},
      {"Downtown Riverton Business Alliance", S::business, K::association, "https://downtownriverton.example",
       "(555) 010-0160", "info@downtownriverton.example", "Funds the downtown ambassador program."},
      {"Riverside Mall Management", S::business, K::business, nullptr, "(555) 010-0161", nullptr, nullptr},
      {"Eastside Merchants Association", S::business, K::association, nullptr, "(555) 010-0162", nullptr, nullptr},
      {"Sentinel Security Services", S::private_security, K::business, "https://sentinel-security.example",
       "(555) 010-0170", nullptr, "Contract security for the mall and two hospital campuses."},
      {"Riverton Medical Center Security", S::private_security, K::business, nullptr, "(555) 010-0171",
       nullptr, nullptr},
      {"Riverton Unified School District", S::schools_education, K::school, "https://rusd.example",
       "(555) 010-0180", "safety@rusd.example", "District safety officer: Ms. Okafor."},
      {"Marlow Community College", S::schools_education, K::school, "https://marlowcc.example",
       "(555) 010-0181", nullptr, nullptr},
      {"Eastside Neighborhood Association", S::residents_neighborhood, K::association, nullptr,
       "(555) 010-0190", "eastside.na@mail.example", "Meets second Tuesdays at the library branch."},
      {"Parkview Tenants Union", S::residents_neighborhood, K::association, nullptr, nullptr,
       "parkviewtenants@mail.example", nullptr},
      {"Riverton Youth Council", S::youth, K::agency, "https://riverton.example/youth", "(555) 010-0200",
       nullptr, "High-school students appointed by the mayor."},
      {"Boys & Girls Club of Riverton", S::youth, K::nonprofit, "https://bgc-riverton.example",
       "(555) 010-0201", nullptr, nullptr},
      {"Riverton Coalition for Police Accountability", S::nonprofits_advocacy, K::nonprofit,
       "https://rcpa.example", nullptr, "contact@rcpa.example",
       "A critic of the department's stop data; invited so their concerns are heard from the start."},
      {"Marlow Victim Advocacy Network", S::nonprofits_advocacy, K::nonprofit, "https://mvan.example",
       "(555) 010-0211", nullptr, nullptr},
      {"Riverton Gazette", S::media, K::business, "https://gazette-riverton.example", "(555) 010-0220",
       "newsdesk@gazette-riverton.example", nullptr},
      {"Riverton Public Library", S::other, K::agency, "https://library.riverton.example", "(555) 010-0230",
       nullptr, "Lends meeting rooms to neighborhood groups."},
  };
  return all;
}

std::optional<std::string> optional(const char* text) {
  return text ? std::optional<std::string>(text) : std::nullopt;
}

}  // namespace

DemoSummary load_demo_data(store::Store& store, const Clock& clock) {
  return store.write([&](store::Connection& c) {
    store::OrganizationRepository repository(c);
    DemoSummary summary;
    const auto now = format_utc(clock());
    for (const auto& demo : demo_organizations()) {
      OrganizationFields fields = normalized({demo.name, demo.sector, demo.kind, optional(demo.website),
                                              optional(demo.phone), optional(demo.email), optional(demo.notes)});
      if (auto errors = validate(fields); !errors.empty()) {
        throw std::logic_error("demo organization is invalid: " + fields.name + ": " + errors.front().message);
      }
      if (auto existing = repository.find_by_name(fields.name)) {
        if (existing->fields != fields) repository.update(existing->id, existing->version, fields, now);
        ++summary.organizations_refreshed;
      } else {
        repository.insert(fields, now);
        ++summary.organizations_created;
      }
    }
    return summary;
  });
}

}  // namespace cg::app
