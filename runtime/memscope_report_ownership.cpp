//===- memscope_report_ownership.cpp - ownership in reports ---------------===//
//
// The ownership lines of a use-after-free report (who owned the block last,
// where it let go, where the dangling raw pointer came from), the way sites
// and owners are named in those lines and in cycle leaks, and the clone
// storm warnings at exit.
//
// See also: memscope_ownership.h, memscope_report.cpp (the reports that
// print these lines), docs/Ownership.md.
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"
#include "memscope_owner_table.h"
#include "memscope_ownership.h"
#include "memscope_report.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_common.h"

namespace memscope {

using namespace trace;

namespace {
const char *OrEmpty(const char *S) { return S ? S : ""; }

// A clone storm is copying that is unusual, not a program's normal traffic:
// at least clone_storm_threshold copies at one site, and on average at least
// this many copies of each object it copied (a loop passing one shared
// object by value, not a loop handing each new object on once or twice).
constexpr u64 kStormCopiesPerObject = 8;
} // namespace

void PrintSite(u32 Site, u32 Origin) {
  const memscope_site *S = SiteById(Site);
  if (Origin && (!S || InSystemHeader(S))) {
    if (Origin & kCallerOrigin)
      PrintSite(Origin & ~kCallerOrigin, 0);
    else
      PrintStackBrief(Origin);
    return;
  }
  if (!S || !S->File) {
    Printf("<unknown location>");
    return;
  }
  Printf("%s:%u:%u in %s", StripPathPrefix(S->File,
                                           common_flags()->strip_path_prefix),
         S->Line, S->Column, OrEmpty(S->Function));
}

const char *FamilyName(const memscope_site *S) {
  switch (S ? S->Family : 0) {
  case MEMSCOPE_FAMILY_SHARED:
  case MEMSCOPE_FAMILY_SHARED_SINGLE:
    return "shared_ptr";
  case MEMSCOPE_FAMILY_WEAK:
    return "weak_ptr";
  case MEMSCOPE_FAMILY_UNIQUE:
    return "unique_ptr";
  }
  return "smart pointer";
}

// The owner slot an edge's site names: "'session' in main", "'Node::next'".
void PrintOwnerName(u32 Site) {
  const memscope_site *S = SiteById(Site);
  if (S && S->Variable && *S->Variable) {
    Printf("'%s'", S->Variable);
    if (S->Function && !internal_strstr(S->Variable, "::"))
      Printf(" in %s", S->Function);
  } else {
    Printf("an unnamed %s", FamilyName(S));
  }
}

void ReportCloneStorms() {
  uptr Threshold = flags()->clone_storm_threshold;
  if (!Threshold)
    return;
  u32 N = NumSites();
  for (u32 Id = 1; Id <= N; ++Id) {
    SiteCounters &C = CountersOf(Id);
    u64 Copies = atomic_load_relaxed(&C.Copies);
    u64 Runs = atomic_load_relaxed(&C.Runs);
    if (Copies < Threshold || Copies < kStormCopiesPerObject * Runs)
      continue;
    Printf("memscope: warning: clone storm: %llu shared-pointer copies at ",
           static_cast<unsigned long long>(Copies));
    PrintSite(Id, atomic_load_relaxed(&C.LastStack));
    Printf(" (threshold %zu, clone_storm_threshold), %llu of each object on "
           "average: pass by const reference or move where the copy is not "
           "needed\n",
           Threshold, static_cast<unsigned long long>(Copies / (Runs ? Runs : 1)));
    DiagnosticRecord R = {static_cast<u32>(DiagnosticKind::CloneStorm), Id,
                          Copies, Threshold};
    TraceDiagnostic(R);
  }
}

void PrintOwnershipStory(const ChunkView &C) {
  if (!OwnershipActive || C.Passport == kNoPassport)
    return;
  const OwnershipFacts &F = C.Own;
  if (F.ReleaseSite) {
    Printf("ownership: its last owner, ");
    PrintOwnerName(F.ReleaseOwnerSite);
    Printf(" (%s made at ", FamilyName(SiteById(F.ReleaseOwnerSite)));
    PrintSite(F.ReleaseOwnerSite, F.ReleaseOwnerStack);
    Printf("), let go of it at ");
    PrintSite(F.ReleaseSite, F.ReleaseStack);
    Printf("\n");
  }
  if (u32 BorrowSite = F.BorrowSite & ~kBorrowGet) {
    const memscope_site *B = SiteById(BorrowSite);
    const char *How = "get()";
    if (B && B->Op == MEMSCOPE_OP_ARROW)
      How = "operator->";
    else if (B && B->Op == MEMSCOPE_OP_DEREF)
      How = "operator*";
    Printf("raw pointer obtained via %s::%s at ", FamilyName(B), How);
    PrintSite(BorrowSite, 0);
    Printf(" from owner ");
    PrintOwnerName(F.BorrowOwnerSite);
    if (F.BorrowOwnerStack) {
      Printf(" made at ");
      PrintSite(F.BorrowOwnerSite, F.BorrowOwnerStack);
    }
    Printf("\n");
  }
}

} // namespace memscope
