//===- memscope_preinit.cpp - initialise before anything else runs --------===//
//
// An entry in the executable's .preinit_array initialises the runtime before
// any shared library's constructor, so no allocation is ever made by libc's
// allocator and later freed by ours. It is not a module of the program's:
// unlike __memscope_init it does not activate a runtime started with
// start_deactivated=1. The runtime is only linked into executables (the
// drivers never link it into -shared objects), where .preinit_array is
// allowed.
//
// See also: memscope_rtl.cpp, pass/ModuleCtor.cpp (the other caller).
//===----------------------------------------------------------------------===//
#include "memscope_internal.h"

static void MemscopePreinit() { memscope::MemscopeInitFromRtl(); }

extern "C" __attribute__((section(".preinit_array"), used)) void (
    *__memscope_preinit_entry)(void) = MemscopePreinit;

namespace memscope {
void TraceLateInit();
} // namespace memscope

// Some start-up work needs libc fully initialised (dlopen from
// .preinit_array leaves the process's environment broken for execv): it runs
// from the executable's first constructors, before the program's own.
__attribute__((constructor(101), used)) static void MemscopeLateInit() {
  memscope::TraceLateInit();
}
