#include "app/organization_json.h"

#include "app/json_values.h"

namespace cg::app {

boost::json::object organization_json(const Organization& o) {
  return {{"id", o.id},
          {"name", o.fields.name},
          {"sector", to_key(o.fields.sector)},
          {"kind", to_key(o.fields.kind)},
          {"website", optional_json(o.fields.website)},
          {"phone", optional_json(o.fields.phone)},
          {"email", optional_json(o.fields.email)},
          {"notes", optional_json(o.fields.notes)},
          {"version", o.version},
          {"created_at", o.created_at},
          {"updated_at", o.updated_at}};
}

}  // namespace cg::app
