// Checks the optional map outline of a partnership's area: a GeoJSON Polygon or MultiPolygon
// (RFC 7946) with closed rings of longitude/latitude positions. Anything else would break the
// map views and the public page later, so it is refused at the edge with a plain message.
#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>

namespace cg::http {

inline constexpr std::size_t kMaxGeoJsonPositions = 20000;

// nullopt when `value` is an acceptable area outline; otherwise what is wrong with it.
std::optional<std::string> check_area_geojson(const boost::json::value& value);

}  // namespace cg::http
