//===- memscope_preinit.cpp - initialise before anything else runs --------===//
//
// An entry in the executable's .preinit_array runs __memscope_init before any
// shared library's constructor, so no allocation is ever made by libc's
// allocator and later freed by ours. The runtime is only linked into
// executables (the drivers never link it into -shared objects), where
// .preinit_array is allowed.
//
// See also: memscope_rtl.cpp, pass/ModuleCtor.cpp (the other caller).
//===----------------------------------------------------------------------===//
#include "memscope_interface.h"

extern "C" __attribute__((section(".preinit_array"), used)) void (
    *__memscope_preinit_entry)(void) = __memscope_init;

namespace memscope {
void TraceLateInit();
} // namespace memscope

// Some start-up work needs libc fully initialised (dlopen from
// .preinit_array leaves the process's environment broken for execv): it runs
// from the executable's first constructors, before the program's own.
__attribute__((constructor(101), used)) static void MemscopeLateInit() {
  memscope::TraceLateInit();
}
