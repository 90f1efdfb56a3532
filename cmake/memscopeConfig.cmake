#===- cmake/memscopeConfig.cmake - find_package(memscope) -----------------===#
#
# What a CMake project needs to build with memscope and gate its tests on
# it, without wrapping the compiler:
#
#   find_package(memscope CONFIG REQUIRED)   # -Dmemscope_DIR=<prefix>/lib/cmake/memscope
#   memscope_instrument(app)                 # or memscope_instrument(app LEAK_ONLY)
#   memscope_add_test(NAME app-memory COMMAND app --selftest
#                     JUNIT app.xml SARIF app.sarif [BASELINE known.json])
#
# memscope_instrument(TARGET [LEAK_ONLY]) adds to TARGET what
# `memscope-clang -fsanitize=memscope` (or -fsanitize=memscope-leak) would:
# the pass plugin and frame pointers when compiling, and for an executable
# the runtime when linking (shared libraries resolve it against the
# executable that loads them). The project's C and C++ compilers must be
# the clang the plugin was built for (clang 22); otherwise configuring
# stops and says so (or use CC=memscope-clang CXX=memscope-clang++ and
# -fsanitize=memscope instead).
#
# memscope_add_test(NAME N COMMAND CMD... [JUNIT F] [SARIF F] [JSON F]
# [BASELINE F] [WORKING_DIRECTORY D]) is add_test running
# `memscope test [options] -- CMD...`: the test fails when memscope finds
# something new in any process CMD starts.
#
# Sets memscope_FOUND, MEMSCOPE_EXECUTABLE (the analyzer), MEMSCOPE_CLANG
# and MEMSCOPE_CLANGXX (the drivers), MEMSCOPE_PLUGIN, MEMSCOPE_RUNTIME.
# The same file serves the build tree (build/lib/cmake/memscope) and an
# install (<prefix>/lib/cmake/memscope): paths are relative to it.
#
# See also: docs/Drivers.md ("CMake"), test/Driver/cmake-package.test.
#===----------------------------------------------------------------------===#
get_filename_component(_memscope_lib "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
get_filename_component(_memscope_prefix "${_memscope_lib}/.." ABSOLUTE)

set(MEMSCOPE_PLUGIN "${_memscope_lib}/libMemscopePass.so")
set(MEMSCOPE_RUNTIME "${_memscope_lib}/libmemscope_rt.a")
set(MEMSCOPE_EXPORTS "${_memscope_lib}/libmemscope_rt.syms")
set(MEMSCOPE_EXECUTABLE "${_memscope_prefix}/bin/memscope")
set(MEMSCOPE_CLANG "${_memscope_prefix}/bin/memscope-clang")
set(MEMSCOPE_CLANGXX "${_memscope_prefix}/bin/memscope-clang++")

foreach(_memscope_file IN ITEMS MEMSCOPE_PLUGIN MEMSCOPE_RUNTIME MEMSCOPE_EXPORTS MEMSCOPE_EXECUTABLE)
  if(NOT EXISTS "${${_memscope_file}}")
    set(memscope_FOUND FALSE)
    set(memscope_NOT_FOUND_MESSAGE "${${_memscope_file}} is missing")
    return()
  endif()
endforeach()
set(memscope_FOUND TRUE)

function(memscope_instrument target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "LEAK_ONLY" "" "")
  foreach(lang IN ITEMS C CXX)
    if(CMAKE_${lang}_COMPILER_LOADED AND NOT
       (CMAKE_${lang}_COMPILER_ID STREQUAL "Clang" AND
        CMAKE_${lang}_COMPILER_VERSION VERSION_GREATER_EQUAL 22 AND
        CMAKE_${lang}_COMPILER_VERSION VERSION_LESS 23))
      message(FATAL_ERROR
        "memscope_instrument(${target}): the ${lang} compiler is "
        "${CMAKE_${lang}_COMPILER_ID} ${CMAKE_${lang}_COMPILER_VERSION}; the "
        "memscope pass plugin needs clang 22 (CMAKE_${lang}_COMPILER=clang-22, "
        "or CC=memscope-clang CXX=memscope-clang++ with -fsanitize=memscope)")
    endif()
  endforeach()
  set(compile -fpass-plugin=${MEMSCOPE_PLUGIN} -fno-omit-frame-pointer
      -mno-omit-leaf-frame-pointer
      "SHELL:-Xclang -fsanitize-address-use-after-scope")
  # The passes' options go to cc1 alone, as the drivers pass them: a plain
  # -mllvm breaks -save-temps and -fembed-bitcode builds.
  if(ARG_LEAK_ONLY)
    list(APPEND compile "SHELL:-Xclang -mllvm -Xclang -memscope-leak-only")
  else()
    # clang's ASan front end, its pass's instrumentations off, as the
    # drivers do (utils/memscope-clang.in): __has_feature(address_sanitizer),
    # no_sanitize("address"), array cookies.
    list(APPEND compile "SHELL:-Xclang -fsanitize=address"
         "SHELL:-Xclang -mllvm -Xclang -memscope-front-end-attributes")
    foreach(opt IN ITEMS instrument-reads instrument-writes instrument-atomics
            instrument-byval instrument-dynamic-allocas stack globals
            guard-against-version-mismatch)
      list(APPEND compile "SHELL:-Xclang -mllvm -Xclang -asan-${opt}=0")
    endforeach()
    list(APPEND compile "SHELL:-Xclang -mllvm -Xclang -asan-use-after-return=never")
  endif()
  target_compile_options(${target} PRIVATE ${compile})
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "EXECUTABLE")
    set(link "LINKER:--whole-archive" "${MEMSCOPE_RUNTIME}"
        "LINKER:--no-whole-archive" "LINKER:--push-state,--no-as-needed"
        -lpthread -ldl -lrt -lm -lresolv "LINKER:--pop-state"
        "LINKER:--dynamic-list=${MEMSCOPE_EXPORTS}")
    if(ARG_LEAK_ONLY)
      list(APPEND link "LINKER:--defsym=__memscope_leak_only_build=__memscope_init")
    endif()
    target_link_options(${target} PRIVATE ${link})
  endif()
endfunction()

function(memscope_add_test)
  cmake_parse_arguments(PARSE_ARGV 0 ARG ""
    "NAME;JUNIT;SARIF;JSON;BASELINE;WORKING_DIRECTORY" "COMMAND")
  if(NOT ARG_NAME OR NOT ARG_COMMAND)
    message(FATAL_ERROR "memscope_add_test needs NAME and COMMAND")
  endif()
  set(options)
  foreach(option IN ITEMS JUNIT SARIF JSON BASELINE)
    if(ARG_${option})
      string(TOLOWER "${option}" flag)
      list(APPEND options --${flag} ${ARG_${option}})
    endif()
  endforeach()
  # A target's name stands for its file, as in add_test(COMMAND target).
  list(GET ARG_COMMAND 0 first)
  if(TARGET ${first})
    list(REMOVE_AT ARG_COMMAND 0)
    list(PREPEND ARG_COMMAND "$<TARGET_FILE:${first}>")
  endif()
  set(dir)
  if(ARG_WORKING_DIRECTORY)
    set(dir WORKING_DIRECTORY ${ARG_WORKING_DIRECTORY})
  endif()
  add_test(NAME ${ARG_NAME}
    COMMAND ${MEMSCOPE_EXECUTABLE} test ${options} -- ${ARG_COMMAND} ${dir})
endfunction()
