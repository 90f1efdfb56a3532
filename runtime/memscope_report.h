//===- memscope_report.h - error reports ------------------------*- C++ -*-===//
//
// One function per bug class. Each prints an ASan-shaped report
// (ERROR line, access line, stack, where the address lies, the allocation's
// free and allocation stacks, SUMMARY line), then either stops the program
// (halt_on_error=1, exit status `exitcode`) or returns, reporting each
// distinct error once.
//
// See also: memscope_errors.inc (the kinds), memscope_allocator.cpp (the
// heap facts reports quote), docs/Reports.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_REPORT_H
#define MEMSCOPE_REPORT_H

#include "memscope_internal.h"

#include "sanitizer_common/sanitizer_stacktrace.h"
#include "sanitizer_common/sanitizer_symbolizer.h"

namespace memscope {

// The report lock (sanitizer_common's), which every report and the leak
// reports hold while they print. While this thread holds it, a range the
// runtime's own libc calls touch (the symbolizer's pipe, on a stack whose
// shadow the program left poisoned) is no report of its own: it would be
// a nested report, which sanitizer_common aborts on.
void LockReports();
void UnlockReports();
bool ReportingOnThisThread();
struct ScopedReportsLock {
  ScopedReportsLock() { LockReports(); }
  ~ScopedReportsLock() { UnlockReports(); }
};

enum class ErrorKind : u8 {
#define MEMSCOPE_ERROR(Enumerator, Name) Enumerator,
#include "memscope_errors.inc"
#undef MEMSCOPE_ERROR
};
const char *ErrorKindName(ErrorKind Kind);

// An instrumented access (or an interceptor's range) touched poisoned memory
// at BadAddr; the access was [Addr, Addr+Size).
// "a.c:5:3 in main": the first frame of a depot stack outside memscope's
// runtime and the C++ library headers.
void PrintStackBrief(u32 StackId);
// "a.c:5:3 in main" for one symbolised frame.
void PrintFrameBrief(const AddressInfo &Info);
// A frame of memscope's runtime or of the C++ library headers: reports
// name the first frame that is neither.
bool IsInternalFrame(const AddressInfo &Info);

void ReportAccessError(uptr Pc, uptr Bp, uptr Sp, uptr Addr, uptr Size,
                       bool IsWrite, uptr BadAddr);
// The same, detected inside an interceptor (the stack is taken there): a
// range of Size bytes whose first bad byte is BadAddr.
void ReportRangeError(const char *Function, uptr Size, bool IsWrite,
                      uptr BadAddr, BufferedStackTrace *Stack);

void ReportDoubleFree(uptr Addr, BufferedStackTrace *Stack);
void ReportBadFree(uptr Addr, BufferedStackTrace *Stack);
void ReportAllocDeallocMismatch(uptr Addr, AllocKind Alloc, AllocKind Dealloc,
                                BufferedStackTrace *Stack);
void ReportNewDeleteTypeMismatch(uptr Addr, uptr AllocSize, uptr DeleteSize,
                                 uptr AllocAlignment, uptr DeleteAlignment,
                                 BufferedStackTrace *Stack);
void ReportCallocOverflow(uptr Count, uptr Size, BufferedStackTrace *Stack);
void ReportReallocArrayOverflow(uptr Count, uptr Size,
                                BufferedStackTrace *Stack);
void ReportPvallocOverflow(uptr Size, BufferedStackTrace *Stack);
void ReportOdrViolation(const memscope_global &First,
                        const memscope_global &Second,
                        BufferedStackTrace *Stack);
void ReportAllocationSizeTooBig(uptr Size, uptr MaxSize,
                                BufferedStackTrace *Stack);
void ReportOutOfMemory(uptr Size, BufferedStackTrace *Stack);
// An allocation while the resident set exceeds soft_rss_limit_mb.
void ReportRssLimitExceeded(BufferedStackTrace *Stack);
void ReportInvalidAllocationAlignment(uptr Alignment, uptr,
                                      BufferedStackTrace *Stack);
// aligned_alloc's alignment not a power of two, or the size not a
// multiple of it (POSIX's rule, which ASan applies; glibc does not).
void ReportInvalidAlignedAllocAlignment(uptr Alignment, uptr Size,
                                        BufferedStackTrace *Stack);
void ReportInvalidPosixMemalignAlignment(uptr Alignment, uptr,
                                         BufferedStackTrace *Stack);
void ReportMallocUsableSizeNotOwned(uptr Addr, BufferedStackTrace *Stack);
// A memory function given a size that is negative as a signed number.
void ReportNegativeSizeParam(uptr Addr, uptr Size, BufferedStackTrace *Stack);
// Two pointers into different objects compared or subtracted
// (__sanitizer_ptr_cmp/sub): both described. Each call site is reported
// with halt_on_error=0, as ASan does (they usually share a helper's pc).
void ReportInvalidPointerPair(uptr A1, uptr A2, BufferedStackTrace *Stack);
// __sanitizer_annotate_contiguous_container with ends out of order.
void ReportBadContainerAnnotation(uptr Beg, uptr End, uptr OldMid, uptr NewMid,
                                  BufferedStackTrace *Stack);
void ReportBadDoubleEndedContainerAnnotation(uptr Beg, uptr End, uptr OldBeg,
                                             uptr OldEnd, uptr NewBeg,
                                             uptr NewEnd,
                                             BufferedStackTrace *Stack);
// __sanitizer_get_allocated_size of a pointer that is no block's start.
void ReportGetAllocatedSizeNotOwned(uptr Addr, BufferedStackTrace *Stack);
void ReportMemcpyParamOverlap(const char *Function, uptr Dst, uptr DstSize,
                              uptr Src, uptr SrcSize,
                              BufferedStackTrace *Stack);
// A deadly signal (a SEGV, a stack overflow): sanitizer_common's report,
// framed as ASan's reports are, then the process dies.
void ReportFatalSignal(const SignalContext &Sig,
                       UnwindSignalStackCallbackType Unwind);

} // namespace memscope

#endif // MEMSCOPE_REPORT_H
