//===- memscope_stack.cpp - the unwinder hook sanitizer_common needs ------===//
//
// sanitizer_common leaves BufferedStackTrace::UnwindImpl to each tool. Fast
// (frame-pointer) unwinding needs the current thread's stack bounds; until
// they are known (early start-up, or while computing them) a trace holds just
// the pc.
//
// See also: memscope_thread.cpp (stack bounds), memscope_stack.h.
//===----------------------------------------------------------------------===//
#include "memscope_stack.h"
#include "memscope_thread.h"

namespace __sanitizer {

void BufferedStackTrace::UnwindImpl(uptr pc, uptr bp, void *context,
                                    bool request_fast, u32 max_depth) {
  using namespace memscope;
  size = 0;
  if (UNLIKELY(!MemscopeInited))
    return;
  if (StackTrace::WillUseFastUnwind(request_fast)) {
    uptr Top, Bottom;
    if (GetCurrentThreadStack(&Top, &Bottom)) {
      Unwind(max_depth, pc, bp, nullptr, Top, Bottom, true);
    } else {
      trace_buffer[0] = pc;
      size = 1;
    }
    return;
  }
  Unwind(max_depth, pc, bp, context, 0, 0, false);
}

} // namespace __sanitizer
