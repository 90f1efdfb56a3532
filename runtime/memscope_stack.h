//===- memscope_stack.h - collecting stack traces ---------------*- C++ -*-===//
//
// Macros that declare a BufferedStackTrace named `stack` unwound from the
// current frame (allocation and free stacks: fast frame-pointer unwinding,
// malloc_context_size frames) or from a given pc/bp (error stacks).
//
// See also: memscope_stack.cpp (UnwindImpl), memscope_report.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_STACK_H
#define MEMSCOPE_STACK_H

#include "memscope_internal.h"

#include "sanitizer_common/sanitizer_flags.h"
#include "sanitizer_common/sanitizer_stacktrace.h"

#define MEMSCOPE_STACK_HERE(MaxDepth, Fast)                                    \
  BufferedStackTrace stack;                                                    \
  stack.Unwind(StackTrace::GetCurrentPc(), GET_CURRENT_FRAME(), nullptr, Fast, \
               MaxDepth)

// The stack of an allocation or deallocation, taken inside the interceptor
// (frame #0 is malloc, operator delete, ...).
#define MEMSCOPE_STACK_MALLOC                                                  \
  MEMSCOPE_STACK_HERE(common_flags()->malloc_context_size,                     \
                      common_flags()->fast_unwind_on_malloc)

// The full stack of an error detected inside the runtime.
#define MEMSCOPE_STACK_FATAL_HERE                                              \
  MEMSCOPE_STACK_HERE(kStackTraceMax, common_flags()->fast_unwind_on_fatal)

// The full stack of an error at the instrumented access (Pc, Bp).
#define MEMSCOPE_STACK_FATAL(Pc, Bp)                                           \
  BufferedStackTrace stack;                                                    \
  stack.Unwind(Pc, Bp, nullptr, common_flags()->fast_unwind_on_fatal)

#endif // MEMSCOPE_STACK_H
