# ===- runtime/exports.cmake - the executable's dynamic export list --------===#
#
#   cmake -DNM=<nm> -DARCHIVE=<libmemscope_rt.a> -DLIST=<memscope_rt.syms>
#         -DOUT=<lib/libmemscope_rt.syms> -P exports.cmake
#
# The hand-written list (the interface, the allocation functions) plus every
# function the runtime intercepts: each INTERCEPTOR(name) defines both
# `name` and `___interceptor_name`, and all of them must be exported so that
# shared libraries' calls (printf from a library) reach the interceptor too.
# ===----------------------------------------------------------------------===#
execute_process(COMMAND ${NM} -g --defined-only ${ARCHIVE}
                OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "exports.cmake: ${NM} failed on ${ARCHIVE}")
endif()
string(REGEX MATCHALL "[TW] ___interceptor_[A-Za-z0-9_]+" matches "${symbols}")
set(names "")
foreach(match IN LISTS matches)
  string(REGEX REPLACE "^[TW] ___interceptor_" "" name "${match}")
  list(APPEND names "${name}")
endforeach()
list(REMOVE_DUPLICATES names)
list(SORT names)
file(READ ${LIST} list)
string(FIND "${list}" "};" end REVERSE)
string(SUBSTRING "${list}" 0 ${end} head)
set(body "  /* Every intercepted function (generated from the archive). */\n")
foreach(name IN LISTS names)
  string(APPEND body "  ${name};\n")
endforeach()
file(WRITE ${OUT}.tmp "${head}${body}};\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
