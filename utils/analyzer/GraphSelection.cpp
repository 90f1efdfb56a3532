//===- utils/analyzer/GraphSelection.cpp - which objects a graph shows ----===//
//
// A graph of a real program has millions of nodes; a person reads the ones
// that matter: leaked objects and the members of cycle leaks, the largest
// objects live at the end, the objects that named roots (smart-pointer
// variables and globals) still hold, and a few freed ones, with the edges
// among them. Filters (--min-bytes, --type, --site) pick nodes by what they
// are; --root the subgraph an object reaches; --depth widens a selection
// along the edges. --all keeps everything. A small graph (at most
// kFullPictureNodes nodes) is shown whole unless a filter is given.
//
// See also: Graph.h (GraphOptions), main.cpp (the options),
// docs/Analyzer.md ("Which objects").
//===----------------------------------------------------------------------===//
#include "Graph.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

#include <algorithm>

namespace memscope {
namespace analyzer {

namespace {

/// Adjacency of the graph by passport: owner allocation -> targets, and
/// target -> owner allocations. Built only for --root and --depth.
struct Adjacency {
  llvm::DenseMap<uint64_t, std::vector<uint64_t>> Out, In;

  explicit Adjacency(llvm::ArrayRef<OwnershipEdge> Edges) {
    for (const OwnershipEdge &E : Edges) {
      if (E.From.isNone())
        continue;
      Out[E.From.value()].push_back(E.To.value());
      In[E.To.value()].push_back(E.From.value());
    }
  }

  /// Widens Set by Depth hops (unbounded when none), along Out edges, and
  /// In edges too when Both.
  void widen(llvm::DenseSet<PassportId> &Set, std::optional<unsigned> Depth,
             bool Both) const {
    std::vector<uint64_t> Frontier;
    for (PassportId P : Set)
      Frontier.push_back(P.value());
    for (unsigned Hop = 0; !Frontier.empty() && (!Depth || Hop < *Depth);
         ++Hop) {
      std::vector<uint64_t> Next;
      auto Visit = [&](const llvm::DenseMap<uint64_t, std::vector<uint64_t>> &M,
                       uint64_t From) {
        auto It = M.find(From);
        if (It == M.end())
          return;
        for (uint64_t To : It->second)
          if (Set.insert(PassportId(To)).second)
            Next.push_back(To);
      };
      for (uint64_t P : Frontier) {
        Visit(Out, P);
        if (Both)
          Visit(In, P);
      }
      Frontier = std::move(Next);
    }
  }
};

} // namespace

std::string OwnershipGraph::select(const GraphOptions &Opts) {
  std::optional<llvm::Regex> TypeRegex;
  if (!Opts.Type.empty()) {
    TypeRegex.emplace(Opts.Type);
    std::string Problem;
    if (!TypeRegex->isValid(Problem))
      return "--type '" + Opts.Type +
             "' is not a regular expression: " + Problem;
  }
  bool Filtered = Opts.MinBytes || !Opts.Type.empty() || !Opts.SiteFile.empty();
  auto Matches = [&](const GraphNode &N) {
    if (Opts.MinBytes && (!N.Allocation || N.Allocation->Size < *Opts.MinBytes))
      return false;
    if (TypeRegex && !TypeRegex->match(N.Type) &&
        N.Type.find(Opts.Type) == std::string::npos)
      return false;
    if (!Opts.SiteFile.empty()) {
      // FILE may be the file name or any tail of its path.
      auto At = [&](llvm::StringRef File, uint32_t Line) {
        return Line == Opts.SiteLine &&
               (File == Opts.SiteFile || File.ends_with("/" + Opts.SiteFile));
      };
      // The allocation stack's user frame, or the site where the compiler
      // saw the allocation of its type.
      const SiteInfo *TypeSite = M.trace().site(M.ownership().typeSiteOf(N.Id));
      if (!(N.AllocationSite &&
            At(N.AllocationSite->File, N.AllocationSite->Line)) &&
          !(TypeSite && At(TypeSite->File, TypeSite->Line)))
        return false;
    }
    return true;
  };

  const std::vector<OwnershipEdge> &Edges = M.ownership().edges();
  std::optional<Adjacency> Adj;
  if (!Opts.Root.isNone() || Opts.Depth)
    Adj.emplace(Edges);
  llvm::DenseSet<PassportId> Keep;
  if (!Opts.Root.isNone()) {
    // What the root reaches through its edges.
    Keep.insert(Opts.Root);
    Adj->widen(Keep, Opts.Depth, /*Both=*/false);
    if (Filtered)
      for (PassportId Id : NodeIds)
        if (Id != Opts.Root && Keep.count(Id) && !Matches(makeNode(Id)))
          Keep.erase(Id);
  } else if (Filtered) {
    for (PassportId Id : NodeIds)
      if (Matches(makeNode(Id)))
        Keep.insert(Id);
    if (Opts.Depth)
      Adj->widen(Keep, Opts.Depth, /*Both=*/true);
  } else if (Opts.All || NodeIds.size() <= kFullPictureNodes) {
    return ""; // the whole graph
  } else {
    // Leaked objects and cycle members.
    for (const auto &Entry : CycleOf)
      Keep.insert(Entry.first);
    for (PassportId Id : LeakedAtExit)
      if (std::binary_search(NodeIds.begin(), NodeIds.end(), Id))
        Keep.insert(Id);
    // The largest objects live at the end, and the first freed ones.
    std::vector<std::pair<uint64_t, PassportId>> Live;
    size_t Freed = 0;
    for (PassportId Id : NodeIds) {
      if (M.freed(Id)) {
        if (Freed < kFreedShown && Keep.insert(Id).second)
          ++Freed;
        continue;
      }
      if (std::optional<PassportEventInfo> A = M.allocation(Id))
        Live.emplace_back(A->Size, Id);
    }
    size_t Largest = std::min(Opts.Largest, Live.size());
    std::partial_sort(Live.begin(), Live.begin() + Largest, Live.end(),
                      [](const auto &A, const auto &B) {
                        return std::make_pair(B.first, A.second) <
                               std::make_pair(A.first, B.second);
                      });
    for (size_t I = 0; I < Largest; ++I)
      Keep.insert(Live[I].second);
    // What named roots still hold at the end.
    for (const OwnershipEdge &E : Edges)
      if (E.From.isNone() && E.NamedOwner && E.liveAtEnd())
        Keep.insert(E.To);
    if (Opts.Depth)
      Adj->widen(Keep, Opts.Depth, /*Both=*/true);
  }
  retain(std::move(Keep));
  return "";
}

void OwnershipGraph::retain(llvm::DenseSet<PassportId> Keep) {
  Selected = std::move(Keep);
  OmittedNodes = 0;
  for (PassportId Id : NodeIds)
    OmittedNodes += !kept(Id);
  OmittedEdges = 0;
  for (const OwnershipEdge &E : M.ownership().edges())
    OmittedEdges += !kept(E);
  llvm::erase_if(Cycles, [&](const GraphCycle &C) {
    return llvm::any_of(
        C.Path, [&](const GraphCycleStep &S) { return !kept(S.Holder); });
  });
}

} // namespace analyzer
} // namespace memscope
