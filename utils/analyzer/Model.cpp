//===- utils/analyzer/Model.cpp - facts derived from a trace --------------===//
//
// Wires the consumers: the reorder window hands each passport event, in time
// order, to the ownership replay first (which tells the event its edge) and
// the heap profile, then through the pipeline to the histories, which cost
// about as much as all the rest. The rest answers the front ends'
// questions from what they kept.
//
// See also: Model.h, docs/Analyzer.md ("How sites are chosen").
//===----------------------------------------------------------------------===//
#include "Model.h"

#include "memscope/abi.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

const char *passportEventName(PassportEvent Event) {
  switch (Event) {
  case PassportEvent::Allocated:
    return "allocated";
  case PassportEvent::Freed:
    return "freed";
  case PassportEvent::Reallocated:
    return "reallocated";
  case PassportEvent::ReallocatedFrom:
    return "reallocated-from";
  case PassportEvent::Evicted:
    return "evicted";
  case PassportEvent::Typed:
    return "typed";
  case PassportEvent::Owned:
    return "owned";
  case PassportEvent::Released:
    return "released";
  case PassportEvent::Borrowed:
    return "borrowed";
  case PassportEvent::Edge:
    return "edge";
  case PassportEvent::Foreign:
    return "foreign";
  }
  return "unknown";
}

const char *allocFamilyName(trace::AllocFamily Family) {
  switch (Family) {
  case trace::AllocFamily::Malloc:
    return "malloc";
  case trace::AllocFamily::New:
    return "new";
  case trace::AllocFamily::NewArray:
    return "new[]";
  }
  return "unknown";
}

const char *leakKindName(trace::LeakKind Kind) {
  switch (Kind) {
  case trace::LeakKind::Direct:
    return "direct";
  case trace::LeakKind::Indirect:
    return "indirect";
  case trace::LeakKind::StillReachable:
    return "still-reachable";
  }
  return "unknown";
}

const char *foreignHowName(trace::ForeignHow How) {
  switch (How) {
  case trace::ForeignHow::Handed:
    return "handed";
  case trace::ForeignHow::Received:
    return "received";
  case trace::ForeignHow::Freed:
    return "freed";
  }
  return "unknown";
}

bool isRustStdFunction(llvm::StringRef Function) {
  Function.consume_front("<");
  for (llvm::StringRef Crate : {"alloc::", "core::", "std::"})
    if (Function.starts_with(Crate))
      return true;
  return Function.starts_with("__rust_") || Function.starts_with("__rdl_") ||
         Function.starts_with("__rustc::");
}

bool isInternalFrame(const Frame &F) {
  llvm::StringRef File(F.File);
  // memscope's runtime sources, the compiler-rt sources it is built from,
  // and the C++ library headers (std::allocator and friends).
  for (llvm::StringRef Dir :
       {"/runtime/memscope_", "/lib/sanitizer_common/", "/lib/interception/",
        "/lib/lsan/", "/include/c++/"})
    if (File.contains(Dir))
      return true;
  // Rust's standard library (Box, Vec, Rc and the allocator shims), under
  // rustc's remapped /rustc/<commit>/library/ or a rust-src checkout.
  if ((File.starts_with("/rustc/") && File.contains("/library/")) ||
      File.contains("/lib/rustlib/src/rust/library/"))
    return true;

  llvm::StringRef Function(F.Function);
  for (llvm::StringRef Prefix :
       {"__memscope_", "__interceptor_", "___interceptor_", "__sanitizer_",
        "__asan_", "__lsan_", "operator new", "operator delete"})
    if (Function.starts_with(Prefix))
      return true;
  // Rust's standard library where its frames have no line table (parts of
  // the precompiled std): its crates' paths, `<alloc::...>::f` included.
  if (F.File.empty() && isRustStdFunction(Function))
    return true;
  // The C allocation functions, which the runtime defines itself.
  for (llvm::StringRef Name :
       {"malloc", "calloc", "realloc", "reallocarray", "free", "cfree",
        "aligned_alloc", "memalign", "posix_memalign", "valloc", "pvalloc",
        "strdup", "strndup", "__strdup"})
    if (Function == Name)
      return true;
  return false;
}

Model::Model(const Trace &T, Symbolizer &Sym, size_t WindowEvents)
    : T(T), Sym(Sym), Own(T), Pipeline(Lives, WindowEvents),
      Order({&Own, &Heap, &Pipeline}, WindowEvents) {}

std::string Model::typeOf(PassportId Id) const {
  std::string Type = Own.typeOf(Id);
  if (!Type.empty())
    return Type;
  for (SiteId Site : Lives.typeSites(Id))
    if (const SiteInfo *S = T.site(Site); S && !S->Type.empty())
      return allocatedTypeName(*S);
  return "";
}

const ThreadInfo *Model::thread(ThreadId Tid) const {
  for (const ThreadInfo &Th : T.Threads)
    if (Th.Tid == Tid)
      return &Th;
  return nullptr;
}

StackId Model::eventStack(const PassportEventInfo &E) const {
  // Traces record free stacks only with the full history; the free of a
  // block an error names is in the error's ErrorBlock record.
  if (E.Event == PassportEvent::Freed && E.Stack.isNone()) {
    for (const ErrorInfo &Error : T.Errors)
      if (Error.Block && Error.Block->Passport == E.Passport &&
          Error.Block->Freed)
        return Error.Block->FreeStack;
    return E.Stack;
  }
  if (E.Event != PassportEvent::Reallocated)
    return E.Stack;
  std::optional<PassportEventInfo> Allocation = allocation(E.Related);
  return Allocation ? Allocation->Stack : kNoStack;
}

uint64_t Model::liveBytesAtExit() const {
  uint64_t Bytes = 0;
  for (const LiveChunkInfo &C : T.LiveChunks)
    Bytes += C.Size;
  return Bytes;
}

std::vector<Frame> Model::frames(StackId Id) const {
  const std::vector<uint64_t> *Pcs = T.stack(Id);
  if (!Pcs)
    return {};
  return Sym.symbolizeStack(*Pcs);
}

std::optional<Frame> firstUserFrame(llvm::ArrayRef<Frame> Frames) {
  if (Frames.empty())
    return std::nullopt;
  for (const Frame &F : Frames)
    if (!isInternalFrame(F))
      return F;
  return Frames.front();
}

bool isSystemFrame(const Frame &F) {
  llvm::StringRef Module(F.Module);
  // _start is the C library's too, linked into the program itself.
  return Module.starts_with("/lib/") || Module.starts_with("/lib64/") ||
         Module.starts_with("/usr/lib/") ||
         (F.Function == "_start" && F.File.empty());
}

ForeignCall foreignCall(const Trace &T, llvm::ArrayRef<Frame> Frames) {
  ForeignCall Call;
  for (const Frame &F : Frames) {
    if (isInternalFrame(F) || isSystemFrame(F))
      continue;
    if (F.Module.empty() || T.instrumentedModule(F.Module)) {
      Call.Caller = &F;
      return Call;
    }
    Call.Entry = &F;
  }
  // No caller built with memscope: no crossing to name.
  Call.Entry = nullptr;
  return Call;
}

/// The site of an annotation's crossing, if E is one.
static const SiteInfo *annotationSite(const Trace &T,
                                      const PassportEventInfo &E) {
  const SiteInfo *S = T.site(E.Site);
  return S && (S->Flags & MEMSCOPE_SITE_ANNOTATION) ? S : nullptr;
}

std::optional<Frame>
Model::foreignCrossingPlace(const PassportEventInfo &E) const {
  if (annotationSite(T, E))
    return Sym.framesAt(E.Pc).front();
  const SiteInfo *S = T.site(E.Site);
  if (!S)
    return std::nullopt;
  Frame F;
  F.File = S->File;
  F.Line = S->Line;
  F.Column = S->Column;
  F.Function = S->Function;
  return F;
}

Frame Model::foreignFunction(const PassportEventInfo &E) const {
  if (const SiteInfo *S = annotationSite(T, E)) {
    Frame F;
    F.Function = S->Variable;
    return F;
  }
  const std::vector<Frame> &Frames = E.Crossing == trace::ForeignHow::Freed
                                         ? Sym.framesAt(E.Pc)
                                         : Sym.framesAtEntry(E.Pc);
  Frame F = Frames.back();
  if (F.Function.empty())
    if (const SiteInfo *S = T.site(E.Site))
      F.Function = S->Variable;
  return F;
}

std::vector<Frame> Model::errorFrames(const ErrorInfo &E) const {
  if (T.stack(E.Stack) || !E.Pc)
    return frames(E.Stack);
  return Sym.symbolize(E.Pc);
}

std::optional<Frame> Model::userFrame(StackId Id) const {
  // firstUserFrame(frames(Id)), symbolising only as far as the frame.
  const std::vector<uint64_t> *Pcs = T.stack(Id);
  if (!Pcs)
    return std::nullopt;
  const Frame *First = nullptr;
  for (uint64_t Pc : *Pcs)
    for (const Frame &F : Sym.framesAt(Pc)) {
      if (!isInternalFrame(F))
        return F;
      if (!First)
        First = &F;
    }
  if (!First)
    return std::nullopt;
  return *First;
}

std::vector<const LeakGroupInfo *>
Model::groups(const LeakCheckInfo &Check) const {
  std::vector<const LeakGroupInfo *> Groups;
  for (const LeakGroupInfo &G : Check.Groups)
    Groups.push_back(&G);
  // Ties keep the trace's order: the pointers follow it.
  std::sort(Groups.begin(), Groups.end(),
            [](const LeakGroupInfo *A, const LeakGroupInfo *B) {
              return std::make_tuple(A->Kind, B->Bytes, B->Objects, A) <
                     std::make_tuple(B->Kind, A->Bytes, A->Objects, B);
            });
  return Groups;
}

} // namespace analyzer
} // namespace memscope
