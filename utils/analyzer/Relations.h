//===- utils/analyzer/Relations.h - relations inferred from the heap -*- C++ -*-===//
//
// Heuristic relations between the blocks of one heap snapshot, inferred
// from the pointers the runtime found in them (HeapRefs records), beside
// the exact ownership edges the pass recorded, and measured against them:
//
//   Owns      a word points to the start of another block (or a smart
//             pointer's pair of words to the object it alone holds)
//   Contains  container storage tied to the object holding it: a
//             begin/end/capacity triple into one block (std::vector and
//             its kin), a std::string's data/length/capacity
//   Slice     a word points inside another block; with a length when the
//             next word is one that fits
//   Shares    a shared_ptr's pair of words to an object that other blocks
//             hold through the same control block too
//   Clone     a block of the same size and the same (or nearly the same,
//             by MinHash) content as an earlier one
//   Evolution a realloc moved the block: exact, from the allocator
//
// A word that points back up the structure (to a block that dominates its
// own: a parent, a prev) is no relation. Each edge carries a confidence in
// (0, 1] (1 only for Evolution) and its evidence; exact ownership edges are never among them. `memscope graph
// --evaluate` prints, for the kinds the pass also records (Owns, Shares),
// how many inferred edges an exact edge confirms (precision, among blocks
// that hold an exact edge) and how many exact heap-to-heap edges were
// inferred (recall); the other kinds' counts. A word of a field the
// block's type declares as no pointer (the DWARF layout the pass recorded
// for the allocation site) gives no relation; other words are pointers by
// their value.
//
// See also: runtime/memscope_trace.cpp (WriteHeapRefs), docs/TraceFormat.md
// (HeapRefs), Ownership.h (the exact edges), docs/Analyzer.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_RELATIONS_H
#define MEMSCOPE_ANALYZER_RELATIONS_H

#include "Model.h"
#include "Retainers.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <vector>

namespace memscope {
namespace analyzer {

enum class RelationKind : uint8_t {
  Owns,
  Contains,
  Slice,
  Shares,
  Clone,
  Evolution
};
constexpr unsigned kNumRelationKinds = 6;

/// memscope-rs's names: "Owns", "Contains", "Slice", "Shares", "Clone",
/// "Evolution".
const char *relationKindName(RelationKind Kind);
std::optional<RelationKind> parseRelationKind(llvm::StringRef Name);

struct InferredEdge {
  PassportId From, To;
  RelationKind Kind = RelationKind::Owns;
  double Confidence = 0;
  uint64_t Offset = 0;       // of the pointer word in From
  uint64_t TargetOffset = 0; // where in To it points
  uint64_t Length = 0;       // Slice and Contains: bytes, 0 if unknown
  const char *Evidence = ""; // a sentence, static
};

/// One line of --evaluate.
struct RelationScore {
  RelationKind Kind;
  uint64_t Inferred = 0;  // edges of the kind from blocks in the universe
  uint64_t Confirmed = 0; // of those, an exact edge joins the same blocks
};
struct RelationEvaluation {
  std::vector<RelationScore> Kinds;
  uint64_t ExactEdges = 0;    // heap-to-heap exact edges whose slot held
                              // the object at the snapshot
  uint64_t ExactInferred = 0; // of those, joined by some inferred edge
  uint64_t Blocks = 0;        // blocks holding an exact edge (the universe)
};

class HeapRelations {
public:
  explicit HeapRelations(const Model &M);

  /// False when the trace has no HeapRefs records (recorded without a
  /// snapshot, or by an older runtime).
  bool available() const { return !M.trace().RefBlocks.empty(); }
  const std::vector<InferredEdge> &edges() const { return Edges; }
  RelationEvaluation evaluate() const;

private:
  const HeapRefsInfo *chunk(PassportId P) const;
  /// Whether Block's word at Offset pointed into Target at the snapshot.
  bool slotHolds(PassportId Block, uint64_t Offset, PassportId Target) const;
  /// B's relations, appended to Edges; the indices of those that came
  /// from a smart pointer's pair of words, to PairEdges.
  void inferBlock(const Trace::RefBlock &B, std::vector<InferredEdge> &Edges,
                  std::vector<size_t> &PairEdges) const;
  /// Owns edges through a shared_ptr pair whose object has several heap
  /// holders become Shares.
  void markShared();
  void inferClones();
  void inferEvolution();

  /// Whether To dominates From in the snapshot's dominator tree: a
  /// pointer from From to To points back up (a parent, a prev).
  bool pointsBack(PassportId From, PassportId To) const;

  const Model &M;
  Retainers Dominators;
  llvm::DenseMap<PassportId, uint32_t> ChunkIndex;
  std::vector<InferredEdge> Edges;
  /// Per RefBlocks index: the block is a node of a linked std container.
  std::vector<uint8_t> ContainerNode;
  /// Per RefBlocks index: the site that names the block's type, or null.
  std::vector<const SiteInfo *> TypeSites;
  /// Edges (indices) that came from a smart pointer's pair of words.
  std::vector<size_t> PairEdges;
};

/// `Owns  precision 0.98 (49/50)  recall ...`, one line per kind.
void printEvaluation(const RelationEvaluation &E, llvm::raw_ostream &OS);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_RELATIONS_H
