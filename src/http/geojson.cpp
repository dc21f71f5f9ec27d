#include "http/geojson.h"

#include <boost/json.hpp>

namespace cg::http {
namespace {

namespace json = boost::json;

std::optional<double> number(const json::value& v) {
  if (v.is_double()) return v.as_double();
  if (v.is_int64()) return static_cast<double>(v.as_int64());
  if (v.is_uint64()) return static_cast<double>(v.as_uint64());
  return std::nullopt;
}

bool valid_position(const json::value& v) {
  if (!v.is_array() || v.as_array().size() < 2 || v.as_array().size() > 3) return false;
  const auto lon = number(v.as_array()[0]);
  const auto lat = number(v.as_array()[1]);
  return lon && lat && *lon >= -180 && *lon <= 180 && *lat >= -90 && *lat <= 90;
}

std::optional<std::string> check_polygon(const json::value& rings, std::size_t& positions) {
  if (!rings.is_array() || rings.as_array().empty()) return "A polygon needs at least one ring of positions.";
  for (const auto& ring : rings.as_array()) {
    if (!ring.is_array() || ring.as_array().size() < 4) return "Each ring needs at least four positions.";
    for (const auto& position : ring.as_array()) {
      if (!valid_position(position)) return "Each position must be [longitude, latitude] within range.";
      if (++positions > kMaxGeoJsonPositions) {
        return "The outline has more than " + std::to_string(kMaxGeoJsonPositions) + " points; simplify it.";
      }
    }
    if (ring.as_array().front() != ring.as_array().back()) return "Each ring must end where it starts.";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> check_area_geojson(const json::value& value) {
  if (!value.is_object()) return "Must be a GeoJSON Polygon or MultiPolygon object.";
  const auto& object = value.as_object();
  const auto* type = object.if_contains("type");
  const auto* coordinates = object.if_contains("coordinates");
  if (!type || !type->is_string() || !coordinates) return "Must be a GeoJSON Polygon or MultiPolygon object.";
  std::size_t positions = 0;
  if (type->as_string() == "Polygon") return check_polygon(*coordinates, positions);
  if (type->as_string() == "MultiPolygon") {
    if (!coordinates->is_array() || coordinates->as_array().empty()) return "A MultiPolygon needs at least one polygon.";
    for (const auto& polygon : coordinates->as_array()) {
      if (auto problem = check_polygon(polygon, positions)) return problem;
    }
    return std::nullopt;
  }
  return "Must be a GeoJSON Polygon or MultiPolygon object.";
}

}  // namespace cg::http
