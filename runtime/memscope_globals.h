//===- memscope_globals.h - global variables and their redzones -*- C++ -*-===//
//
// The globals the pass padded (pass/Globals.cpp): their redzones poisoned
// when their module registers them, what reports say of an address near
// one, and the initialization-order check.
//
// See also: memscope_globals.cpp, include/memscope/abi.h (memscope_global).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_GLOBALS_H
#define MEMSCOPE_GLOBALS_H

#include "memscope_internal.h"

namespace memscope {

// Prints, for each registered global whose memory or redzone lies within
// a few granules of Addr, "0x… is located N bytes after global variable
// 'name' defined in 'file:line' (0x…) of size S" (or "before", "inside
// of"), as ASan does. Returns false if none does.
bool DescribeGlobalAddress(uptr Addr);
// The instrumented global whose bytes hold Addr, or null.
const memscope_global *FindGlobalAt(uptr Addr);
// The instrumented global whose bytes or redzone hold Addr, or null.
const memscope_global *FindGlobalOrRedzoneAt(uptr Addr);

// The initialization-order check ends (every dynamically initialized
// global addressable again, for good): at exit(), whose destructors may
// read any global, and at the first pthread_create with strict_init_order,
// as the new thread may read them at any time.
void StopInitOrderChecking();

} // namespace memscope

#endif // MEMSCOPE_GLOBALS_H
