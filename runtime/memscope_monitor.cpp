//===- memscope_monitor.cpp - the statistical leak monitor ----------------===//
//
// Counters: per depot stack id, in a two-level map that grows by 4096
// sites; the allocation path adds with relaxed atomics and nothing else.
//
// The monitor's clock: each tick reads every site's live bytes. A site with
// live bytes gets a history (up to leak_monitor_max_sites of them): 128
// samples spanning its whole life so far; when full, every other sample is
// dropped and the stride doubles. Every kLookEvery stored samples, once the
// window (the latest half of the history, the latest half of the site's
// life) has kMinWindow samples, the site is tested:
//
//  1. Mann-Kendall's S over the window, with ties, one-sided: p =
//     P(Z >= z) under "no trend"; the look is significant when p is below
//     alpha / max_sites * 6 / (pi^2 k^2) for the site's k-th look (so the
//     false alarms of all sites and looks sum to at most alpha);
//  2. the growth is sustained, not slowing down: Sen's slope of the
//     window's later half is positive and at least half its earlier half's
//     (a ramp that stopped fails this), and the window's slope is at least
//     3/4 of the slope before it, over the first half of the site's life
//     (a warm-up whose growth slows as it fills fails this);
//  3. the site stands at a new level: the median of the window's last
//     quarter is above every sample before the window (a table that ramps
//     and drains, then ramps again to the same height, fails this);
//  4. its objects are old: at least one live object of the site was
//     allocated before the window began (a queue whose backlog grows but
//     turns over fails this), read from the heap with passports as the
//     clock.
//
// A site passing 1-3 is a candidate; the candidates of a tick are checked
// for 4 in one heap walk and for reachability in one leak check (LSan's,
// silenced), then alerted. A site alerts again only once its live bytes
// doubled since its last alert and it passes again.
//
// See also: memscope_monitor.h, docs/Leaks.md (the mathematics),
// benchmarks/leak_monitor.sh (precision, recall, latency, overhead).
//===----------------------------------------------------------------------===//
#include "memscope_monitor.h"

#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_interface.h"
#include "memscope_report.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_flat_map.h"
#include "sanitizer_common/sanitizer_mutex.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

namespace memscope {

bool LeakMonitorOn;

namespace {

struct SiteCounters {
  atomic_uint64_t Bytes;     // live
  atomic_uint64_t Allocated; // objects ever
  atomic_uint64_t Freed;     // objects ever
  u32 History;               // 1 + index in Histories (monitor only)
};

// Depot ids are dense from 1: 2^27 sites, mapped 4096 at a time.
constexpr uptr kSitesPerChunk = 1 << 12;
TwoLevelMap<SiteCounters, 1 << 15, kSitesPerChunk> Counters;

constexpr u32 kHistory = 128;
constexpr u32 kMinWindow = 24;
constexpr u32 kLookEvery = 4;

struct SiteHistory {
  u32 Site;
  u32 Count;  // samples stored
  u32 Stride; // ticks between them
  u32 Looks;  // tests run
  u64 LastTick;
  u64 AlertedBytes; // live bytes at the last alert, 0 if none
  u64 Bytes[kHistory];
  // The passport counter at each sample: what "allocated before" means.
  u64 Passports[kHistory];
};

SiteHistory *Histories;
u32 HistoriesUsed;
u64 Tick;
u32 AlertsMade;
StaticSpinMutex TickMu;

// --- arithmetic without libm ---------------------------------------------

double Sqrt(double X) {
  double R;
  asm("sqrtsd %1, %0" : "=x"(R) : "x"(X));
  return R;
}

// e^X for X <= 0 (what the normal tail needs).
double ExpNonPositive(double X) {
  if (X < -700)
    return 0;
  constexpr double kLn2 = 0.6931471805599453;
  int K = static_cast<int>(X / kLn2 - 0.5); // round toward -inf for X < 0
  double R = X - K * kLn2;                  // in [0, ln 2)
  double Term = 1, Sum = 1;
  for (int I = 1; I < 20; ++I) {
    Term *= R / I;
    Sum += Term;
  }
  // Sum * 2^K, K >= -1010 here.
  union {
    double D;
    u64 U;
  } Scale;
  Scale.U = static_cast<u64>(1023 + K) << 52;
  return Sum * Scale.D;
}

// P(N(0,1) >= Z), relative error below 1.2e-7 (the complementary error
// function's Chebyshev fit in Numerical Recipes, 6.2).
double NormalTail(double Z) {
  if (Z < 0)
    return 1 - NormalTail(-Z);
  double X = Z / 1.4142135623730951;
  double T = 1 / (1 + 0.5 * X);
  double Poly = -X * X - 1.26551223 +
                T * (1.00002368 +
                     T * (0.37409196 +
                          T * (0.09678418 +
                               T * (-0.18628806 +
                                    T * (0.27886807 +
                                         T * (-1.13520398 +
                                              T * (1.48851587 +
                                                   T * (-0.82215223 +
                                                        T * 0.17087277))))))));
  return 0.5 * T * ExpNonPositive(Poly);
}

// --- the test --------------------------------------------------------------

// Mann-Kendall's S over V[0..N) and its variance with ties.
void MannKendall(const u64 *V, u32 N, s64 *S, double *Var) {
  s64 Sum = 0;
  for (u32 I = 0; I < N; ++I)
    for (u32 J = I + 1; J < N; ++J)
      Sum += V[J] > V[I] ? 1 : V[J] < V[I] ? -1 : 0;
  u64 Sorted[kHistory];
  internal_memcpy(Sorted, V, N * sizeof(u64));
  Sort(Sorted, N);
  double Ties = 0;
  for (u32 I = 0; I < N;) {
    u32 J = I;
    while (J < N && Sorted[J] == Sorted[I])
      ++J;
    double T = J - I;
    Ties += T * (T - 1) * (2 * T + 5);
    I = J;
  }
  *S = Sum;
  *Var = (static_cast<double>(N) * (N - 1) * (2.0 * N + 5) - Ties) / 18;
}

// The k-th smallest of A[0..N) (A is reordered).
double Select(double *A, u32 N, u32 K) {
  u32 Lo = 0, Hi = N - 1;
  while (Lo < Hi) {
    double Pivot = A[(Lo + Hi) / 2];
    u32 I = Lo, J = Hi;
    while (I <= J) {
      while (A[I] < Pivot)
        ++I;
      while (A[J] > Pivot)
        --J;
      if (I <= J) {
        double T = A[I];
        A[I] = A[J];
        A[J] = T;
        ++I;
        if (J == 0)
          break;
        --J;
      }
    }
    if (K <= J)
      Hi = J;
    else if (K >= I)
      Lo = I;
    else
      return A[K];
  }
  return A[K];
}

// Sen's slope of V[0..N): the median of the pairwise slopes, per sample.
double SenSlope(const u64 *V, u32 N) {
  static double Slopes[kHistory * (kHistory - 1) / 2];
  u32 M = 0;
  for (u32 I = 0; I < N; ++I)
    for (u32 J = I + 1; J < N; ++J)
      Slopes[M++] =
          (static_cast<double>(V[J]) - static_cast<double>(V[I])) / (J - I);
  if (!M)
    return 0;
  return Select(Slopes, M, M / 2);
}

u64 Median(const u64 *V, u32 N) {
  u64 Copy[kHistory];
  internal_memcpy(Copy, V, N * sizeof(u64));
  Sort(Copy, N);
  return Copy[N / 2];
}

struct Verdict {
  u32 History;
  double Z, P, Threshold;
  double SlopePerTick;
  u64 WindowPassport; // the passport counter when the window began
  // Filled for candidates from the heap and the leak check.
  u64 OldestPassport;
  u64 Unreachable, UnreachableBytes;
};

// Conditions 1-3 of the file comment for H, whose window just gained a
// sample; true with V filled if H is a candidate.
bool Test(SiteHistory &H, Verdict *V) {
  u32 Begin = H.Count / 2;
  u32 N = H.Count - Begin;
  if (N < kMinWindow)
    return false;
  const u64 *W = H.Bytes + Begin;
  ++H.Looks;
  // An alerted site is tested again only once it doubled.
  if (H.AlertedBytes && H.Bytes[H.Count - 1] < 2 * H.AlertedBytes)
    return false;
  s64 S;
  double Var;
  MannKendall(W, N, &S, &Var);
  if (S <= 0 || Var <= 0)
    return false;
  double Z = (S - 1) / Sqrt(Var);
  double P = NormalTail(Z);
  // alpha / sites / (pi^2/6 k^2): sums to alpha over every site and look.
  double K = H.Looks;
  double Threshold = flags()->leak_monitor_alpha /
                     flags()->leak_monitor_max_sites * 0.6079271018540267 /
                     (K * K);
  if (P > Threshold)
    return false;
  double Slope = SenSlope(W, N);
  double Early = SenSlope(W, N / 2), Late = SenSlope(W + N / 2, N - N / 2);
  if (Late <= 0 || Late < 0.5 * Early ||
      Slope < 0.75 * SenSlope(H.Bytes, Begin))
    return false;
  u64 Before = 0;
  for (u32 I = 0; I < Begin; ++I)
    Before = Max(Before, H.Bytes[I]);
  if (Median(W + N - N / 4, N / 4) <= Before)
    return false;
  V->Z = Z;
  V->P = P;
  V->Threshold = Threshold;
  V->SlopePerTick = Slope / H.Stride;
  V->WindowPassport = H.Passports[Begin];
  V->OldestPassport = ~0ull;
  V->Unreachable = V->UnreachableBytes = 0;
  return true;
}

// --- output ----------------------------------------------------------------

// "1.3e-15", "0.0042": two significant digits.
void PrintProbability(double P) {
  if (P <= 0) {
    Printf("0");
    return;
  }
  int Exp = 0;
  while (P < 1) {
    P *= 10;
    --Exp;
  }
  while (P >= 10) {
    P /= 10;
    ++Exp;
  }
  int Tenths = static_cast<int>(P * 10 + 0.5);
  if (Tenths >= 100) {
    Tenths /= 10;
    ++Exp;
  }
  if (Exp >= -3)
    Printf("%s%d",
           Exp == -1   ? "0."
           : Exp == -2 ? "0.0"
                       : "0.00",
           Tenths); // 0.42, 0.042, 0.0042
  else
    Printf("%d.%de%d", Tenths / 10, Tenths % 10, Exp);
}

// "10.2 KiB", "512 B", "3.0 MiB".
void PrintBytes(u64 Bytes) {
  if (Bytes < 1024) {
    Printf("%llu B", Bytes);
    return;
  }
  const char *Unit = "KiB";
  u64 Scaled10 = Bytes * 10 / 1024;
  if (Bytes >= (1ull << 20)) {
    Unit = "MiB";
    Scaled10 = Bytes * 10 >> 20;
  }
  if (Bytes >= (1ull << 30)) {
    Unit = "GiB";
    Scaled10 = Bytes * 10 >> 30;
  }
  Printf("%llu.%llu %s", Scaled10 / 10, Scaled10 % 10, Unit);
}

void PrintFixed2(double X) {
  s64 Hundredths = static_cast<s64>(X * 100 + (X < 0 ? -0.5 : 0.5));
  const char *Sign = Hundredths < 0 ? "-" : "";
  if (Hundredths < 0)
    Hundredths = -Hundredths;
  Printf("%s%lld.%02lld", Sign, Hundredths / 100, Hundredths % 100);
}

void Alert(SiteHistory &H, const Verdict &V, bool ReachabilityKnown) {
  SiteCounters &C = Counters[H.Site];
  u64 Bytes = atomic_load_relaxed(&C.Bytes);
  u64 Allocated = atomic_load_relaxed(&C.Allocated);
  u64 Freed = atomic_load_relaxed(&C.Freed);
  u64 Objects = Allocated - Freed;
  double Seconds = flags()->leak_monitor_interval_ms / 1000.0;
  if (Seconds <= 0)
    Seconds = 0.1; // the program drives the clock: nominal ticks
  u64 Rate = static_cast<u64>(V.SlopePerTick / Seconds);
  // The staleness signal: the oldest live object was allocated before the
  // first sample whose passport mark exceeds its passport.
  u32 After = 0;
  while (After < H.Count && H.Passports[After] <= V.OldestPassport)
    ++After;
  u64 AgeNs = static_cast<u64>((H.Count - After + (After ? 0 : 1)) * H.Stride *
                               Seconds * 1e9);
  double Confidence = 100 * (1 - flags()->leak_monitor_alpha);
  ++AlertsMade;
  H.AlertedBytes = Bytes;

  Printf("memscope: leak alert #%u: ", AlertsMade);
  PrintStackBrief(H.Site);
  Printf(" grows ");
  PrintBytes(Rate);
  Printf("/s, live ");
  PrintBytes(Bytes);
  Printf(" in %llu object(s), %llu of %llu freed, the oldest %llu.%llu s "
         "old; Mann-Kendall z=",
         Objects, Freed, Allocated, AgeNs / 1000000000, AgeNs / 100000000 % 10);
  PrintFixed2(V.Z);
  Printf(", p=");
  PrintProbability(V.P);
  Printf(" (threshold ");
  PrintProbability(V.Threshold);
  Printf("; ");
  PrintFixed2(Confidence);
  Printf("%% family-wise confidence); ");
  if (!ReachabilityKnown)
    Printf("reachability not checked\n");
  else if (V.Unreachable)
    Printf("%llu object(s) unreachable: a true leak\n", V.Unreachable);
  else
    Printf("all still reachable: a logical leak\n");

  trace::LeakAlertRecord R = {};
  R.TimeNs = MonotonicNanoTime();
  R.AlertId = AlertsMade;
  R.Stack = H.Site;
  R.LiveBytes = Bytes;
  R.LiveObjects = Objects;
  R.Allocated = Allocated;
  R.Freed = Freed;
  R.BytesPerSecond = Rate;
  R.Z = V.Z;
  R.P = V.P;
  R.Threshold = V.Threshold;
  R.Alpha = flags()->leak_monitor_alpha;
  R.Unreachable = ReachabilityKnown ? V.Unreachable : ~0ull;
  R.UnreachableBytes = ReachabilityKnown ? V.UnreachableBytes : ~0ull;
  R.OldestAgeNs = AgeNs;
  TraceLeakAlert(R);
}

// --- condition 4, from the heap -------------------------------------------

struct OldestQuery {
  Verdict *Candidates;
  uptr Count;
};

void FindOldest(const ChunkView &C, void *Arg) {
  auto *Q = static_cast<OldestQuery *>(Arg);
  for (uptr I = 0; I < Q->Count; ++I) {
    Verdict &V = Q->Candidates[I];
    if (Histories[V.History].Site == C.AllocStack && C.Passport &&
        C.Passport < V.OldestPassport)
      V.OldestPassport = C.Passport;
  }
}

} // namespace

void MonitorAllocated(u32 Stack, uptr Size) {
  if (!Stack || Stack >= Counters.size())
    return;
  SiteCounters &C = Counters[Stack];
  atomic_fetch_add(&C.Bytes, Size, memory_order_relaxed);
  atomic_fetch_add(&C.Allocated, 1, memory_order_relaxed);
}

void MonitorFreed(u32 Stack, uptr Size) {
  if (!Stack || Stack >= Counters.size())
    return;
  SiteCounters &C = Counters[Stack];
  atomic_fetch_sub(&C.Bytes, Size, memory_order_relaxed);
  atomic_fetch_add(&C.Freed, 1, memory_order_relaxed);
}

void InitializeLeakMonitor() {
  if (!flags()->leak_monitor)
    return;
  Histories = static_cast<SiteHistory *>(
      MmapOrDie(sizeof(SiteHistory) * flags()->leak_monitor_max_sites,
                "memscope leak monitor"));
  LeakMonitorOn = true;
}

void MonitorTick() {
  if (!LeakMonitorOn)
    return;
  SpinMutexLock L(&TickMu);
  ++Tick;
  u64 Mark = PassportMark();
  constexpr uptr kMaxCandidates = 16;
  Verdict Candidates[kMaxCandidates];
  uptr Found = 0;
  uptr Sites = Min<uptr>(StackDepotGetStats().n_uniq_ids + 1, Counters.size());
  for (uptr First = 0; First < Sites; First += kSitesPerChunk) {
    if (!Counters.contains(First))
      continue;
    for (uptr Id = First ? First : 1; Id < Min(First + kSitesPerChunk, Sites);
         ++Id) {
      SiteCounters &C = Counters[Id];
      u64 Bytes = atomic_load_relaxed(&C.Bytes);
      if (!C.History) {
        if (!Bytes ||
            HistoriesUsed >= static_cast<u32>(flags()->leak_monitor_max_sites))
          continue;
        C.History = ++HistoriesUsed;
        SiteHistory &New = Histories[C.History - 1];
        New.Site = static_cast<u32>(Id);
        New.Stride = 1;
        New.LastTick = Tick - 1;
      }
      SiteHistory &H = Histories[C.History - 1];
      if (Tick - H.LastTick < H.Stride)
        continue;
      if (H.Count == kHistory) {
        for (u32 I = 0; I < kHistory / 2; ++I) {
          H.Bytes[I] = H.Bytes[2 * I];
          H.Passports[I] = H.Passports[2 * I];
        }
        H.Count = kHistory / 2;
        H.Stride *= 2;
      }
      H.Bytes[H.Count] = Bytes;
      H.Passports[H.Count] = Mark;
      ++H.Count;
      H.LastTick = Tick;
      if (H.Count % kLookEvery || Found == kMaxCandidates)
        continue;
      Verdict &V = Candidates[Found];
      V.History = C.History - 1;
      if (Test(H, &V))
        ++Found;
    }
  }
  if (!Found)
    return;

  OldestQuery Q = {Candidates, Found};
  ForEachLiveChunk(FindOldest, &Q);
  uptr Kept = 0;
  for (uptr I = 0; I < Found; ++I)
    if (Candidates[I].OldestPassport < Candidates[I].WindowPassport)
      Candidates[Kept++] = Candidates[I];
  if (!Kept)
    return;

  u32 SiteIds[kMaxCandidates];
  u64 Objects[kMaxCandidates], Bytes[kMaxCandidates];
  for (uptr I = 0; I < Kept; ++I)
    SiteIds[I] = Histories[Candidates[I].History].Site;
  bool Known = CountUnreachableBySite(SiteIds, Kept, Objects, Bytes);
  for (uptr I = 0; I < Kept; ++I) {
    Candidates[I].Unreachable = Known ? Objects[I] : 0;
    Candidates[I].UnreachableBytes = Known ? Bytes[I] : 0;
    Alert(Histories[Candidates[I].History], Candidates[I], Known);
  }
}

} // namespace memscope

using namespace memscope;

void __memscope_leak_monitor_tick() {
  if (flags()->leak_monitor_interval_ms == 0)
    MonitorTick();
}
