//===- memscope_stack_frames.h - the redzoned frames of local variables -*- C++ -*-===//
//
// The runtime's side of pass/StackRedzones.cpp: what reports say of an
// address in a thread's stack, and keeping the stack's shadow true when
// frames go away without returning (longjmp, exceptions, threads that end
// in pthread_exit and leave their stack to the next thread).
//
// See also: memscope_stack_frames.cpp, include/memscope/abi.h (the frame
// layout).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_STACK_FRAMES_H
#define MEMSCOPE_STACK_FRAMES_H

#include "memscope_internal.h"

namespace memscope {

// Prints, if Addr lies in a redzoned frame on some thread's stack,
// "Address … is located in stack of thread T0 at offset N in frame", the
// function, and the frame's variables with the one the access of Size
// bytes overflows, underflows or is inside of, as ASan does. Returns false
// if no frame holds Addr.
bool DescribeStackAddress(uptr Addr, uptr Size);
// The variable of a redzoned frame that holds Addr: its name (truncated
// to NameSize, NUL included), start and size, and the thread whose stack
// (or fake stack) holds it if Tid is given. Nearest (as ASan's
// __asan_locate_address): an address in a redzone names the first
// variable not wholly below it, and one past every variable names none
// ("?", start and size 0); true for any address of a frame.
bool LocateStackVariable(uptr Addr, char *Name, uptr NameSize, uptr *Beg,
                         uptr *Size, u32 *Tid = nullptr, bool Nearest = false);
// The thread whose stack holds Addr, or kInvalidTid.
u32 StackOwnerOf(uptr Addr);
// At the start of a thread the runtime started, and at its end: its stack
// and static TLS may be an earlier thread's, whose frames left their
// shadow behind (a cancellation unwinds without returns), or be reused by
// the program.
void ClearStaleStackShadow();
void InitializeStackFrameInterceptors();

// Fake stacks (detect_stack_use_after_return): each thread's frames of
// locals live in a mapping of its own, by size class, and are poisoned
// f5 when their function returns. The current thread's mapping goes at its
// end (thread table locked).
void ReleaseFakeStack();
// For the leak check (threads stopped, thread table locked): the variables
// in scope in the frames in use on the fake stack FakeStack
// (ThreadInfo::FakeStack), which are roots as the thread's stack is.
void ForEachLiveFakeFrame(uptr FakeStack, void (*Fn)(uptr Beg, uptr End, void *),
                          void *Arg);

} // namespace memscope

#endif // MEMSCOPE_STACK_FRAMES_H
