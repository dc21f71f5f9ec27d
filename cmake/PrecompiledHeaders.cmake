# Precompiled headers: the standard library, Boost.JSON and GoogleTest headers that nearly every
# file includes are parsed once per target instead of once per file (parsing headers is about a
# quarter of a file's compile time in the sanitizer build, on a 2-core CI machine). The domain
# library gets the standard library only, so it stays free of JSON and I/O by construction.
option(CG_PRECOMPILED_HEADERS "Precompile the headers most files include" ON)

set(CG_STANDARD_HEADERS
  <algorithm> <chrono> <cstdint> <functional> <map> <memory> <optional> <set> <string> <string_view> <utility>
  <variant> <vector>)

# cg_precompile(target [extra headers...])
function(cg_precompile target)
  if(CG_PRECOMPILED_HEADERS)
    target_precompile_headers(${target} PRIVATE ${CG_STANDARD_HEADERS} ${ARGN})
  endif()
endfunction()
