//===- utils/analyzer/Graph.h - the ownership graph of a trace --*- C++ -*-===//
//
// The exact ownership graph, as `memscope graph` prints it and the report's
// Ownership section quotes it: one node per allocation that took part in
// ownership (with its type, allocation site, first owner and fate), the
// edges of Ownership.h with their source locations, the cycle leaks the
// runtime found at exit with their paths, and diagnostics (cycle leaks,
// clone storms). Everything is in a deterministic order, so the graph of a
// trace can be a golden file.
//
// See also: Ownership.h (the replay underneath), GraphReport.cpp (JSON and
// DOT), TextReport.cpp (the Ownership section), docs/Analyzer.md (schema).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_GRAPH_H
#define MEMSCOPE_ANALYZER_GRAPH_H

#include "Model.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace memscope {
namespace analyzer {

/// Where in the source something happened: a Site record's position, or
/// the user frame of its stack when the site is in a system header.
struct SourceLocation {
  std::string File; // as the compiler named it
  uint32_t Line = 0;
  uint32_t Column = 0;
  std::string Function;
};

/// The location of a site (for sites in system headers, the first user
/// frame of Stack when it names a file); none when the trace lacks the site.
std::optional<SourceLocation> siteLocation(const Model &M, SiteId Site,
                                           StackId Stack = kNoStack);

/// `own.cpp:14:7 in make_pair` (file name only), or `an unknown site`.
std::string locationText(const std::optional<SourceLocation> &L);

/// `own.cpp:14` (as a frame in a one-line history), the function when there
/// is no file, or `an unknown site`.
std::string shortLocationText(const std::optional<SourceLocation> &L);

struct GraphNode {
  PassportId Id;
  std::string Type; // "" when unknown
  /// Its Allocated event; none when the trace (or the kept history) lacks
  /// it.
  std::optional<PassportEventInfo> Allocation;
  /// Its first user frame (shared by the nodes of one stack), or null.
  const Frame *AllocationSite = nullptr;
  llvm::StringRef Owner; // name of the first owner slot, "" if none
  bool Freed = false;
  /// Listed by a leak check at exit, or a member of a cycle leak.
  bool Leaked = false;
  uint32_t Cycle = 0; // the cycle leak it belongs to, 0 if none
  llvm::ArrayRef<BorrowSummary> Borrows;
};

struct GraphEdge {
  const OwnershipEdge *Edge = nullptr;
  std::optional<SourceLocation> FirstSite;
  uint32_t Cycle = 0; // the cycle leak whose path it is on, 0 if none
};

struct GraphCycleStep {
  PassportId Holder;
  PassportId Next; // what Holder holds: the next step's holder
  std::string HolderType;
  std::string Slot; // slotName() of the step's site
  uint64_t SlotOffset = 0;
  trace::EdgeKind Kind = trace::EdgeKind::Owns;
  std::optional<SourceLocation> Site;
  bool HasEdge = false; // an edge of the graph matches it
};

struct GraphCycle {
  const CycleLeakInfo *Record = nullptr;
  std::vector<GraphCycleStep> Path;
};

struct GraphDiagnostic {
  std::string Kind; // "cycle leak", "clone storm", or "unknown"
  uint32_t Cycle = 0;
  std::optional<SourceLocation> Site;
  std::string Operation; // the site's family and operation: "shared_ptr copy"
  std::optional<uint64_t> Count;
  std::optional<uint64_t> Threshold;
  std::optional<uint64_t> Bytes;
  std::optional<uint64_t> Objects;
  std::string Message; // one sentence for people
};

/// What `memscope graph` shows (docs/Analyzer.md, "Which objects").
struct GraphOptions {
  /// Every node and edge; otherwise a graph larger than kFullPictureNodes
  /// shows leaked objects, cycle members, the largest live objects, the
  /// objects named roots hold, and up to kFreedShown freed objects.
  bool All = false;
  std::optional<uint64_t> MinBytes; // nodes of at least this size
  std::string Type;                 // nodes whose type matches (regex, or
                                    // else substring)
  std::string SiteFile;             // nodes allocated at FILE:LINE
  uint32_t SiteLine = 0;
  PassportId Root;               // what Root reaches through its edges
  std::optional<unsigned> Depth; // hops from Root or the selection
  size_t Largest = 20;           // live objects shown by size
};

/// A graph of at most this many nodes is shown whole by default.
constexpr size_t kFullPictureNodes = 500;
/// Freed objects shown by default in a larger graph.
constexpr size_t kFreedShown = 100;

class OwnershipGraph {
public:
  /// Nodes and edges are not kept: forEachNode() and forEachEdge() make
  /// each one as it is written, from the list of passports and the
  /// replayed edges, so a graph of millions of objects costs no memory of
  /// its own beyond that list (and the selection's set).
  explicit OwnershipGraph(const Model &M);

  /// Every node (by passport), every edge (in Ownership::edges() order),
  /// of the selection if there is one.
  void forEachNode(llvm::function_ref<void(const GraphNode &)> F) const;
  void forEachEdge(llvm::function_ref<void(const GraphEdge &)> F) const;
  /// The same one at a time: the next node or edge from Cursor (0 at
  /// first) on; false after the last.
  bool nextNode(size_t &Cursor, GraphNode &N) const;
  bool nextEdge(size_t &Cursor, GraphEdge &E) const;

  /// Keeps the nodes Opts selects, the edges among them (and from owners
  /// that are not allocations to them), and the cycles whose members are
  /// all kept. Returns an error message for a bad --type regex.
  std::string select(const GraphOptions &Opts);
  /// Whether the graph shows passport Id (every one, before a selection).
  bool keeps(PassportId Id) const { return kept(Id); }
  /// Shows these passports too (the blocks inferred edges join), selected
  /// or not.
  void addNodes(std::vector<PassportId> Ids);
  /// Nodes and edges select() left out.
  size_t omittedNodes() const { return OmittedNodes; }
  size_t omittedEdges() const { return OmittedEdges; }

  const Model &model() const { return M; }
  /// By cycle id.
  const std::vector<GraphCycle> &cycles() const { return Cycles; }
  /// Cycle leaks by cycle id, then Diagnostic records in trace order.
  const std::vector<GraphDiagnostic> &diagnostics() const {
    return Diagnostics;
  }

private:
  void addCycles();
  void addNodeIds();
  void addDiagnostics();
  GraphNode makeNode(PassportId Id) const;
  GraphEdge makeEdge(size_t Index) const;

  /// Keeps the nodes in Keep and the edges and cycles among them.
  void retain(llvm::DenseSet<PassportId> Keep);
  bool kept(PassportId Id) const { return !Selected || Selected->count(Id); }
  bool kept(const OwnershipEdge &E) const {
    return kept(E.To) && (E.From.isNone() || kept(E.From));
  }

  const Model &M;
  /// The nodes select() kept; none: all of them.
  std::optional<llvm::DenseSet<PassportId>> Selected;
  /// Every node's passport, in order.
  std::vector<PassportId> NodeIds;
  /// Cycle leak of each member; of each edge on a cycle's path (by index
  /// in Ownership::edges()).
  llvm::DenseMap<PassportId, uint32_t> CycleOf;
  llvm::DenseMap<size_t, uint32_t> EdgeCycle;
  llvm::DenseSet<PassportId> LeakedAtExit;
  /// The user frame of each allocation stack, for the nodes.
  mutable llvm::DenseMap<StackId, std::unique_ptr<Frame>> UserFrames;
  size_t OmittedNodes = 0, OmittedEdges = 0;
  std::vector<GraphCycle> Cycles;
  std::vector<GraphDiagnostic> Diagnostics;
};

/// The output formats of `memscope graph`.
enum class GraphFormat { Json, Dot };

/// Version of the graph JSON's layout; bumped when a field changes meaning
/// or disappears.
constexpr unsigned kGraphSchemaVersion = 1;

struct InferredEdge;

/// Inferred: the relations to add (`--infer`), apart from the exact edges
/// (JSON "inferred_edges"; DOT dashed blue edges), or null.
void writeGraphJson(const OwnershipGraph &G, llvm::StringRef TracePath,
                    llvm::raw_ostream &OS,
                    const std::vector<InferredEdge> *Inferred = nullptr);
void writeGraphDot(const OwnershipGraph &G, llvm::raw_ostream &OS,
                   const std::vector<InferredEdge> *Inferred = nullptr);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_GRAPH_H
