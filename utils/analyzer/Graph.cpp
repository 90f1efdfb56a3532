//===- utils/analyzer/Graph.cpp - the ownership graph of a trace ----------===//
//
// Assembles the graph from the Model: the edges of the replay with their
// source locations, the cycle leaks (which flag the edges on their paths),
// the nodes (every passport with ownership events or a known type, every
// allocation an owner slot lies in, every cycle member), and the
// diagnostics with a sentence each.
//
// See also: Graph.h, Ownership.cpp (the replay), docs/Analyzer.md.
//===----------------------------------------------------------------------===//
#include "Graph.h"

#include "memscope/abi.h"

#include "llvm/Support/Path.h"

#include <algorithm>

namespace memscope {
namespace analyzer {

std::optional<SourceLocation> siteLocation(const Model &M, SiteId Site,
                                           StackId Stack) {
  const SiteInfo *S = M.trace().site(Site);
  if (!S)
    return std::nullopt;
  // A copy made inside std::vector says more at the user's call: named by
  // the call's own site (an Origin with kOriginCallerSite), or by the first
  // user frame of its stack.
  if ((S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER) &&
      (Stack.value() & trace::kOriginCallerSite)) {
    if (const SiteInfo *Call =
            M.trace().site(SiteId(Stack.value() & ~trace::kOriginCallerSite)))
      return SourceLocation{Call->File, Call->Line, Call->Column,
                            Call->Function};
    return SourceLocation{S->File, S->Line, S->Column, S->Function};
  }
  if ((S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER) && !Stack.isNone())
    if (std::optional<Frame> F = M.userFrame(Stack); F && !F->File.empty())
      return SourceLocation{F->File, F->Line, F->Column, F->Function};
  return SourceLocation{S->File, S->Line, S->Column, S->Function};
}

std::string locationText(const std::optional<SourceLocation> &L) {
  if (!L || (L->File.empty() && L->Function.empty()))
    return "an unknown site";
  std::string Text;
  if (!L->File.empty()) {
    Text = llvm::sys::path::filename(L->File).str();
    if (L->Line)
      Text += ":" + std::to_string(L->Line);
    if (L->Line && L->Column)
      Text += ":" + std::to_string(L->Column);
  }
  if (!L->Function.empty())
    Text += (Text.empty() ? "in " : " in ") + L->Function;
  return Text;
}

std::string shortLocationText(const std::optional<SourceLocation> &L) {
  if (!L || (L->File.empty() && L->Function.empty()))
    return "an unknown site";
  if (L->File.empty())
    return L->Function;
  return llvm::sys::path::filename(L->File).str() + ":" +
         std::to_string(L->Line);
}

OwnershipGraph::OwnershipGraph(const Model &M) : M(M) {
  addCycles();
  addNodeIds();
  addDiagnostics();
}

void OwnershipGraph::forEachNode(
    llvm::function_ref<void(const GraphNode &)> F) const {
  GraphNode N;
  for (size_t Cursor = 0; nextNode(Cursor, N);)
    F(N);
}

void OwnershipGraph::forEachEdge(
    llvm::function_ref<void(const GraphEdge &)> F) const {
  GraphEdge E;
  for (size_t Cursor = 0; nextEdge(Cursor, E);)
    F(E);
}

bool OwnershipGraph::nextNode(size_t &Cursor, GraphNode &N) const {
  for (; Cursor < NodeIds.size(); ++Cursor)
    if (kept(NodeIds[Cursor])) {
      N = makeNode(NodeIds[Cursor++]);
      return true;
    }
  return false;
}

bool OwnershipGraph::nextEdge(size_t &Cursor, GraphEdge &E) const {
  const std::vector<OwnershipEdge> &Edges = M.ownership().edges();
  for (; Cursor < Edges.size(); ++Cursor)
    if (kept(Edges[Cursor])) {
      E = makeEdge(Cursor++);
      return true;
    }
  return false;
}

GraphEdge OwnershipGraph::makeEdge(size_t Index) const {
  const OwnershipEdge &E = M.ownership().edges()[Index];
  auto Cycle = EdgeCycle.find(Index);
  return GraphEdge{&E, siteLocation(M, E.Site, E.FirstStack),
                   Cycle == EdgeCycle.end() ? 0 : Cycle->second};
}

void OwnershipGraph::addCycles() {
  const Trace &T = M.trace();
  const std::vector<OwnershipEdge> &OwnEdges = M.ownership().edges();
  std::vector<const CycleLeakInfo *> Records;
  for (const CycleLeakInfo &L : T.CycleLeaks)
    Records.push_back(&L);
  std::sort(Records.begin(), Records.end(),
            [](const CycleLeakInfo *A, const CycleLeakInfo *B) {
              return A->CycleId < B->CycleId;
            });
  // The edges out of cycle members, found in one pass over the edges
  // (there may be millions; members are few).
  llvm::DenseSet<PassportId> Holders;
  for (const CycleLeakInfo *L : Records)
    for (const CycleStepInfo &Step : L->Steps)
      Holders.insert(Step.Passport);
  llvm::DenseMap<PassportId, std::vector<size_t>> ByFrom;
  if (!Holders.empty())
    for (size_t I = 0; I < OwnEdges.size(); ++I)
      if (Holders.count(OwnEdges[I].From))
        ByFrom[OwnEdges[I].From].push_back(I);
  for (const CycleLeakInfo *L : Records) {
    GraphCycle C;
    C.Record = L;
    size_t N = L->Steps.size();
    for (size_t I = 0; I < N; ++I) {
      const CycleStepInfo &Step = L->Steps[I];
      GraphCycleStep S;
      S.Holder = Step.Passport;
      S.Next = L->Steps[(I + 1) % N].Passport;
      S.HolderType = M.typeOf(Step.Passport);
      S.Slot = slotName(T.site(Step.Site), 0, Step.Passport, Step.SlotOffset);
      S.SlotOffset = Step.SlotOffset;
      S.Kind = Step.Kind;
      S.Site = siteLocation(M, Step.Site);
      // The edge from that slot to the next member, whatever its kind or
      // site (a Move into the slot is the same ownership).
      const SiteInfo *Site = T.site(Step.Site);
      bool InSystemHeader = Site && (Site->Flags & MEMSCOPE_SITE_SYSTEM_HEADER);
      auto Out = ByFrom.find(S.Holder);
      if (Out != ByFrom.end())
        for (size_t Index : Out->second) {
          const OwnershipEdge &E = OwnEdges[Index];
          if (E.FromOffset != S.SlotOffset || E.To != S.Next)
            continue;
          // A step records no stack; the edge's first event may have one
          // that leads out of the system header.
          std::optional<SourceLocation> First =
              siteLocation(M, E.Site, E.FirstStack);
          if (!S.HasEdge && InSystemHeader && First)
            S.Site = First;
          S.HasEdge = true;
          EdgeCycle.try_emplace(Index, L->CycleId);
        }
      C.Path.push_back(std::move(S));
    }
    Cycles.push_back(std::move(C));
  }
}

void OwnershipGraph::addNodeIds() {
  const Trace &T = M.trace();
  const Ownership &Own = M.ownership();
  for (const GraphCycle &C : Cycles) {
    for (const GraphCycleStep &S : C.Path)
      CycleOf.try_emplace(S.Holder, C.Record->CycleId);
    for (PassportId P : C.Record->Held)
      CycleOf.try_emplace(P, C.Record->CycleId);
  }
  for (const LeakCheckInfo &Check : T.LeakChecks)
    if (Check.AtExit)
      for (const LeakGroupInfo &G : Check.Groups)
        if (G.Kind != trace::LeakKind::StillReachable)
          LeakedAtExit.insert(G.Passports.begin(), G.Passports.end());

  // Passports in order, without repeats: the ownership passports, the
  // allocations owner slots lie in, the cycle members.
  NodeIds.assign(Own.passports().begin(), Own.passports().end());
  for (const OwnershipEdge &E : Own.edges())
    if (!E.From.isNone())
      NodeIds.push_back(E.From);
  for (const auto &Entry : CycleOf)
    NodeIds.push_back(Entry.first);
  llvm::sort(NodeIds);
  NodeIds.erase(std::unique(NodeIds.begin(), NodeIds.end()), NodeIds.end());
  llvm::erase(NodeIds, kNoPassport);
}

void OwnershipGraph::addNodes(std::vector<PassportId> Ids) {
  llvm::erase(Ids, kNoPassport);
  if (Selected)
    Selected->insert(Ids.begin(), Ids.end());
  NodeIds.insert(NodeIds.end(), Ids.begin(), Ids.end());
  llvm::sort(NodeIds);
  NodeIds.erase(std::unique(NodeIds.begin(), NodeIds.end()), NodeIds.end());
}

GraphNode OwnershipGraph::makeNode(PassportId Id) const {
  const Ownership &Own = M.ownership();
  GraphNode N;
  N.Id = Id;
  N.Type = M.typeOf(Id);
  N.Allocation = M.allocation(Id);
  if (N.Allocation) {
    auto [It, New] = UserFrames.try_emplace(N.Allocation->Stack);
    if (New)
      if (std::optional<Frame> F = M.userFrame(N.Allocation->Stack))
        It->second = std::make_unique<Frame>(std::move(*F));
    N.AllocationSite = It->second.get();
  }
  if (const OwnershipEdge *First = Own.firstOwner(Id))
    N.Owner = First->Owner;
  N.Freed = M.freed(Id);
  auto Cycle = CycleOf.find(Id);
  N.Cycle = Cycle == CycleOf.end() ? 0 : Cycle->second;
  N.Leaked = N.Cycle || LeakedAtExit.count(Id);
  N.Borrows = Own.borrows(Id);
  return N;
}

void OwnershipGraph::addDiagnostics() {
  for (const GraphCycle &C : Cycles) {
    const CycleLeakInfo &L = *C.Record;
    GraphDiagnostic D;
    D.Kind = "cycle leak";
    D.Cycle = L.CycleId;
    D.Bytes = L.Bytes;
    D.Objects = L.Objects;
    D.Message = std::to_string(L.Objects) + " object(s) (" +
                std::to_string(L.Bytes) +
                " bytes) kept alive only by strong edges among themselves";
    if (L.WeakStep) {
      const GraphCycleStep &S = C.Path[*L.WeakStep];
      D.Site = S.Site;
      D.Message += "; make " + S.Slot + " (#" +
                   std::to_string(S.Holder.value()) + " -> #" +
                   std::to_string(S.Next.value()) + ", " +
                   locationText(S.Site) + ") " +
                   (isOwningCycle(M.trace(), L) ? "a pointer that does not own"
                                                : "a weak_ptr");
    }
    Diagnostics.push_back(std::move(D));
  }
  for (const DiagnosticInfo &Info : M.trace().Diagnostics) {
    GraphDiagnostic D;
    D.Kind = diagnosticKindName(Info.Kind);
    D.Site = siteLocation(M, Info.Site);
    D.Count = Info.Count;
    D.Threshold = Info.Threshold;
    if (const SiteInfo *S = M.trace().site(Info.Site)) {
      llvm::StringRef Family = siteFamilyName(S->Family);
      D.Operation =
          (Family.empty() ? "" : Family.str() + " ") + siteOpName(S->Op);
    }
    std::string What = D.Operation.empty() ? "the operation" : D.Operation;
    if (Info.Kind == static_cast<uint32_t>(trace::DiagnosticKind::CloneStorm))
      D.Message = What + " at " + locationText(D.Site) + " ran " +
                  std::to_string(Info.Count) + " times (threshold " +
                  std::to_string(Info.Threshold) +
                  "): pass the smart pointer by reference, or borrow from it";
    else
      D.Message = "diagnostic of kind " + std::to_string(Info.Kind) + " at " +
                  locationText(D.Site) + ": count " +
                  std::to_string(Info.Count) + ", threshold " +
                  std::to_string(Info.Threshold);
    Diagnostics.push_back(std::move(D));
  }
}

} // namespace analyzer
} // namespace memscope
