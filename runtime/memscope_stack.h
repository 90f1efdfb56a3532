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
// (frame #0 is malloc, operator delete, ...). With malloc_context_size=0
// frame #0 is still kept (it costs no unwinding), as ASan keeps it: an
// error found in the interceptor (a double free) has a stack to print.
#define MEMSCOPE_MALLOC_CONTEXT                                                \
  (common_flags()->malloc_context_size ? common_flags()->malloc_context_size   \
                                       : 1)
#define MEMSCOPE_STACK_MALLOC                                                  \
  MEMSCOPE_STACK_HERE(MEMSCOPE_MALLOC_CONTEXT,                                 \
                      common_flags()->fast_unwind_on_malloc)

// The stack of a deallocation. Leak-only builds, whose frees are not
// quarantined, keep only where to unwind from (the pc in trace_buffer[0],
// the frame in top_frame_bp, size 0): a bad free's report unwinds then,
// while this frame is still live (UnwindDeferred).
#define MEMSCOPE_STACK_FREE                                                    \
  BufferedStackTrace stack;                                                    \
  if (LIKELY(!LeakOnlyBuild)) {                                                \
    stack.Unwind(StackTrace::GetCurrentPc(), GET_CURRENT_FRAME(), nullptr,     \
                 common_flags()->fast_unwind_on_malloc,                        \
                 MEMSCOPE_MALLOC_CONTEXT);                                     \
  } else {                                                                     \
    stack.trace_buffer[0] = StackTrace::GetCurrentPc();                        \
    stack.top_frame_bp = GET_CURRENT_FRAME();                                  \
  }

namespace memscope {
// The module holding Pc was built with memscope (its constructor runs):
// its code keeps frame pointers; return addresses elsewhere are foreign.
void RegisterInstrumentedCode(uptr Pc);
// Pc lies in a module registered so (true for every Pc until one is).
bool InInstrumentedCode(uptr Pc);
// StackDepotPut for allocation and free stacks: a thread allocating in a
// loop stores the same stack over and over, so each thread remembers the
// last few it stored and their ids, and a stack equal to one of them costs
// a comparison instead of the depot's hash and shared-table lookup.
u32 StackDepotPutCached(const StackTrace &Stack);
// A deferred MEMSCOPE_STACK_FREE stack, unwound now (fast, every frame);
// also a stack cut to frame #0 by malloc_context_size=0, since a report
// made while its frames are live shows them whole, as ASan's does.
inline BufferedStackTrace *UnwindDeferred(BufferedStackTrace *Stack) {
  if (Stack->size <= 1 && Stack->top_frame_bp)
    Stack->Unwind(Stack->trace_buffer[0], Stack->top_frame_bp, nullptr, true,
                  kStackTraceMax);
  return Stack;
}
} // namespace memscope

// The full stack of an error detected inside the runtime.
#define MEMSCOPE_STACK_FATAL_HERE                                              \
  MEMSCOPE_STACK_HERE(kStackTraceMax, common_flags()->fast_unwind_on_fatal)

// The full stack of an error at the instrumented access (Pc, Bp).
#define MEMSCOPE_STACK_FATAL(Pc, Bp)                                           \
  BufferedStackTrace stack;                                                    \
  stack.Unwind(Pc, Bp, nullptr, common_flags()->fast_unwind_on_fatal)

#endif // MEMSCOPE_STACK_H
