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
/// target -> owner allocations.
struct Adjacency {
  llvm::DenseMap<uint64_t, std::vector<uint64_t>> Out, In;

  explicit Adjacency(llvm::ArrayRef<GraphEdge> Edges) {
    for (const GraphEdge &E : Edges) {
      if (E.Edge->From.isNone())
        continue;
      Out[E.Edge->From.value()].push_back(E.Edge->To.value());
      In[E.Edge->To.value()].push_back(E.Edge->From.value());
    }
  }

  /// Widens Set by Depth hops (unbounded when none), along Out edges, and
  /// In edges too when Both.
  void widen(std::set<PassportId> &Set, std::optional<unsigned> Depth,
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
  if (!Materialised)
    return ""; // --all: everything, made as it is written
  std::optional<llvm::Regex> TypeRegex;
  if (!Opts.Type.empty()) {
    TypeRegex.emplace(Opts.Type);
    std::string Problem;
    if (!TypeRegex->isValid(Problem))
      return "--type '" + Opts.Type + "' is not a regular expression: " +
             Problem;
  }
  bool Filtered = Opts.MinBytes || !Opts.Type.empty() ||
                  !Opts.SiteFile.empty();
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
      const SiteInfo *TypeSite =
          M.trace().site(M.ownership().typeSiteOf(N.Id));
      if (!(N.AllocationSite &&
            At(N.AllocationSite->File, N.AllocationSite->Line)) &&
          !(TypeSite && At(TypeSite->File, TypeSite->Line)))
        return false;
    }
    return true;
  };

  Adjacency Adj(Edges);
  std::set<PassportId> Keep;
  if (!Opts.Root.isNone()) {
    // What the root reaches through its edges.
    Keep.insert(Opts.Root);
    Adj.widen(Keep, Opts.Depth, /*Both=*/false);
    if (Filtered)
      for (const GraphNode &N : Nodes)
        if (N.Id != Opts.Root && Keep.count(N.Id) && !Matches(N))
          Keep.erase(N.Id);
  } else if (Filtered) {
    for (const GraphNode &N : Nodes)
      if (Matches(N))
        Keep.insert(N.Id);
    if (Opts.Depth)
      Adj.widen(Keep, Opts.Depth, /*Both=*/true);
  } else if (Opts.All || Nodes.size() <= kFullPictureNodes) {
    return ""; // the whole graph
  } else {
    // Leaked objects and cycle members.
    for (const GraphNode &N : Nodes)
      if (N.Leaked)
        Keep.insert(N.Id);
    // The largest objects live at the end.
    std::vector<const GraphNode *> Live;
    for (const GraphNode &N : Nodes)
      if (!N.Freed && N.Allocation)
        Live.push_back(&N);
    size_t Largest = std::min(Opts.Largest, Live.size());
    std::partial_sort(Live.begin(), Live.begin() + Largest, Live.end(),
                      [](const GraphNode *A, const GraphNode *B) {
                        return std::make_pair(B->Allocation->Size, A->Id) <
                               std::make_pair(A->Allocation->Size, B->Id);
                      });
    for (size_t I = 0; I < Largest; ++I)
      Keep.insert(Live[I]->Id);
    // What named roots still hold at the end.
    for (const GraphEdge &E : Edges)
      if (E.Edge->From.isNone() && E.Edge->NamedOwner && E.Edge->liveAtEnd())
        Keep.insert(E.Edge->To);
    // A few freed objects with ownership edges (the first ones).
    size_t Freed = 0;
    for (const GraphNode &N : Nodes)
      if (N.Freed && Freed < kFreedShown && !Keep.count(N.Id)) {
        Keep.insert(N.Id);
        ++Freed;
      }
    if (Opts.Depth)
      Adj.widen(Keep, Opts.Depth, /*Both=*/true);
  }
  retain(Keep);
  return "";
}

void OwnershipGraph::retain(const std::set<PassportId> &Keep) {
  size_t NodesBefore = Nodes.size(), EdgesBefore = Edges.size();
  llvm::erase_if(Nodes, [&](const GraphNode &N) { return !Keep.count(N.Id); });
  llvm::erase_if(Edges, [&](const GraphEdge &E) {
    return !Keep.count(E.Edge->To) ||
           (!E.Edge->From.isNone() && !Keep.count(E.Edge->From));
  });
  llvm::erase_if(Cycles, [&](const GraphCycle &C) {
    return llvm::any_of(C.Path, [&](const GraphCycleStep &S) {
      return !Keep.count(S.Holder);
    });
  });
  OmittedNodes = NodesBefore - Nodes.size();
  OmittedEdges = EdgesBefore - Edges.size();
}

} // namespace analyzer
} // namespace memscope
