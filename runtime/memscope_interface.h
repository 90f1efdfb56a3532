//===- memscope_interface.h - declarations of the exported interface -*- C++ -*-===//
//
// Declares every function of include/memscope/interface.inc with C linkage
// and default visibility, so the definitions scattered over the runtime are
// checked against the one list.
//
// See also: include/memscope/interface.inc, memscope_rt.syms.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_INTERFACE_H
#define MEMSCOPE_INTERFACE_H

#include "sanitizer_common/sanitizer_internal_defs.h"

#include "memscope/abi.h"

using __sanitizer::uptr;

extern "C" {
#define MEMSCOPE_INTERFACE_FUNCTION(Name, Ret, Params)                         \
  SANITIZER_INTERFACE_ATTRIBUTE Ret Name Params;
#include "memscope/interface.inc"
#undef MEMSCOPE_INTERFACE_FUNCTION
}

#endif // MEMSCOPE_INTERFACE_H
