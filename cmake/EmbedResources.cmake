# cg_embed_resources(OUTPUT <file.cpp> NAMESPACE <ns> FUNCTION <name> FILES <f>... [YAML_TO_JSON])
# Generates a C++ source whose function returns the named files' contents, so the binary is
# self-contained (migrations, OpenAPI document) and needs no data files next to it.
function(cg_embed_resources)
  cmake_parse_arguments(ARG "YAML_TO_JSON" "OUTPUT;NAMESPACE;FUNCTION;BASE" "FILES" ${ARGN})
  set(flags)
  if(ARG_YAML_TO_JSON)
    list(APPEND flags --yaml-to-json)
  endif()
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/embed_resources.py
            --output ${ARG_OUTPUT} --namespace ${ARG_NAMESPACE} --function ${ARG_FUNCTION}
            --base ${ARG_BASE} ${flags} ${ARG_FILES}
    DEPENDS ${PROJECT_SOURCE_DIR}/tools/embed_resources.py ${ARG_FILES}
    COMMENT "Embedding ${ARG_FUNCTION}"
    VERBATIM)
endfunction()
