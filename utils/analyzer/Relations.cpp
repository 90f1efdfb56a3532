//===- utils/analyzer/Relations.cpp - relations inferred from the heap ----===//
//
// Reads each live block's pointer words (HeapRefs) in offset order and
// names what they most plausibly are; see Relations.h for the kinds. Two
// shapes are told apart from single pointers first:
//   - a begin/end/capacity triple into one block (container storage);
//   - a smart pointer's pair of words: the object's address, then its
//     control block's. The pair is one relation to the object; the control
//     block (libstdc++'s _Sp_counted_*, libc++'s __shared_*) is bookkeeping
//     and gets none.
//
// See also: Relations.h, runtime/memscope_trace.cpp (WriteHeapRefs).
//===----------------------------------------------------------------------===//
#include "Relations.h"

#include "Ownership.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

namespace memscope {
namespace analyzer {

const char *relationKindName(RelationKind Kind) {
  switch (Kind) {
  case RelationKind::Owns:
    return "Owns";
  case RelationKind::Contains:
    return "Contains";
  case RelationKind::Slice:
    return "Slice";
  }
  return "Unknown";
}

std::optional<RelationKind> parseRelationKind(llvm::StringRef Name) {
  for (unsigned K = 0; K < kNumRelationKinds; ++K)
    if (Name.equals_insensitive(relationKindName(RelationKind(K))))
      return RelationKind(K);
  return std::nullopt;
}

namespace {

/// A shared_ptr's control block, by the type the allocation recorded.
bool isControlBlockType(llvm::StringRef Type) {
  return Type.contains("_Sp_counted_") || Type.contains("__shared_ptr_") ||
         Type.contains("__shared_weak_count");
}

} // namespace

HeapRelations::HeapRelations(const Model &M) : M(M) {
  const Trace &T = M.trace();
  // The first snapshot only (a process takes one today).
  auto InFirst = [&](const Trace::RefBlock &B) {
    return B.Info.SnapshotId == T.RefBlocks[0].Info.SnapshotId;
  };
  ChunkIndex.reserve(T.RefBlocks.size());
  for (uint32_t I = 0; I < T.RefBlocks.size(); ++I)
    if (InFirst(T.RefBlocks[I]))
      ChunkIndex.try_emplace(T.RefBlocks[I].Info.Passport, I);
  for (const Trace::RefBlock &B : T.RefBlocks)
    if (InFirst(B))
      inferBlock(B);
  // By source block, then offset: the runtime writes blocks in heap order.
  llvm::sort(Edges, [](const InferredEdge &A, const InferredEdge &B) {
    return std::tie(A.From, A.Offset) < std::tie(B.From, B.Offset);
  });
}

const HeapRefsInfo *HeapRelations::chunk(PassportId P) const {
  auto It = ChunkIndex.find(P);
  return It == ChunkIndex.end() ? nullptr
                                : &M.trace().RefBlocks[It->second].Info;
}

void HeapRelations::inferBlock(const Trace::RefBlock &B) {
  llvm::ArrayRef<trace::HeapRef> Refs = M.trace().refsOf(B);
  const PassportId From = B.Info.Passport;
  // Words already explained by an earlier relation (a container's end and
  // capacity pointers): up to this offset, into this block.
  uint64_t ExplainedUntil = 0;
  PassportId ExplainedTarget;
  for (size_t I = 0; I < Refs.size(); ++I) {
    const trace::HeapRef &R = Refs[I];
    PassportId To(R.Target);
    const HeapRefsInfo *C = chunk(To);
    if (To == From || !C)
      continue; // a block's pointers into itself are its own business
    if (To == ExplainedTarget && R.Offset < ExplainedUntil)
      continue;
    const uint64_t Beg = C->Addr, End = C->Addr + C->Size;
    InferredEdge E{From, To};
    E.Offset = R.Offset;
    E.TargetOffset = R.TargetOffset;

    // A smart pointer: this word, then the control block's address.
    const trace::HeapRef *Next =
        I + 1 < Refs.size() && Refs[I + 1].Offset == R.Offset + 8
            ? &Refs[I + 1]
            : nullptr;
    if (Next && Next->Target != R.Target && Next->TargetOffset == 0 &&
        isControlBlockType(M.typeOf(PassportId(Next->Target)))) {
      E.Kind = RelationKind::Owns;
      E.Confidence = R.TargetOffset == 0 ? 0.95 : 0.8;
      E.Evidence = "an object pointer followed by its shared_ptr control "
                   "block's";
      Edges.push_back(E);
      ++I; // the control block's word is part of this relation
      continue;
    }
    // std::make_shared: the object lies inside its control block's block,
    // so a shared_ptr's two words point inside the block and at its start.
    if (Next && Next->Target == R.Target && R.TargetOffset != 0 &&
        Next->TargetOffset == 0) {
      E.Kind = RelationKind::Owns;
      E.TargetOffset = 0;
      E.Confidence = 0.9;
      E.Evidence = "an interior pointer and the start address of one block "
                   "side by side, as a make_shared shared_ptr holds them";
      Edges.push_back(E);
      ++I;
      continue;
    }
    if (R.TargetOffset == 0 && R.Next[1] > Beg && R.Next[1] <= End &&
        R.Next[0] >= Beg && R.Next[0] <= R.Next[1]) {
      E.Kind = RelationKind::Contains;
      E.Length = R.Next[0] - Beg;
      E.Confidence = 0.9;
      E.Evidence = "begin, end and capacity pointers into one block, as a "
                   "vector keeps its storage";
      ExplainedTarget = To;
      ExplainedUntil = R.Offset + 24;
      Edges.push_back(E);
      continue;
    }
    if (R.TargetOffset == 0) {
      E.Kind = RelationKind::Owns;
      E.Confidence = 0.9;
      E.Evidence = "a pointer-aligned word holds the block's start address";
      Edges.push_back(E);
      continue;
    }
    E.Kind = RelationKind::Slice;
    if (R.Next[0] && R.Next[0] <= C->Size - R.TargetOffset) {
      E.Length = R.Next[0];
      E.Confidence = 0.75;
      E.Evidence = "an interior pointer followed by a length that fits";
    } else {
      E.Confidence = 0.6;
      E.Evidence = "an interior pointer";
    }
    Edges.push_back(E);
  }
}

bool HeapRelations::slotHolds(PassportId Block, uint64_t Offset,
                              PassportId Target) const {
  auto It = ChunkIndex.find(Block);
  if (It == ChunkIndex.end())
    return false;
  llvm::ArrayRef<trace::HeapRef> Refs =
      M.trace().refsOf(M.trace().RefBlocks[It->second]);
  auto Ref = llvm::partition_point(
      Refs, [&](const trace::HeapRef &R) { return R.Offset < Offset; });
  return Ref != Refs.end() && Ref->Offset == Offset &&
         PassportId(Ref->Target) == Target;
}

RelationEvaluation HeapRelations::evaluate() const {
  using Pair = std::pair<uint64_t, uint64_t>;
  RelationEvaluation Ev;
  llvm::DenseSet<Pair> Exact, Covered;
  llvm::DenseSet<PassportId> Universe;
  for (const OwnershipEdge &E : M.ownership().edges()) {
    // Alive at the snapshot: the owner slot the pass recorded (in From, at
    // FromOffset) still held the object's address then. The replay only
    // knows which edges lived at the end of the trace, after the static
    // destructors, and an edge whose slot moved on to another object
    // before the snapshot is no relation the heap could show.
    if (E.From.isNone() || E.From == E.To || !chunk(E.To) ||
        !slotHolds(E.From, E.FromOffset, E.To))
      continue;
    if (Exact.insert({E.From.value(), E.To.value()}).second)
      Universe.insert(E.From);
  }
  Ev.ExactEdges = Exact.size();
  Ev.Blocks = Universe.size();
  for (unsigned K = 0; K < kNumRelationKinds; ++K)
    Ev.Kinds.push_back({RelationKind(K)});
  for (const InferredEdge &E : Edges) {
    if (!Universe.count(E.From))
      continue;
    RelationScore &S = Ev.Kinds[unsigned(E.Kind)];
    ++S.Inferred;
    Pair P{E.From.value(), E.To.value()};
    if (Exact.count(P)) {
      ++S.Confirmed;
      Covered.insert(P);
    }
  }
  Ev.ExactInferred = Covered.size();
  return Ev;
}

void printEvaluation(const RelationEvaluation &E, llvm::raw_ostream &OS) {
  auto Ratio = [](uint64_t A, uint64_t B) -> std::string {
    return B ? llvm::formatv("{0:F3}", double(A) / double(B)).str() : "n/a";
  };
  OS << "Inferred relations measured against the exact edges, among the "
     << E.Blocks << " block(s) of the heap snapshot that hold an exact edge:\n";
  for (const RelationScore &S : E.Kinds)
    OS << llvm::format("  %-9s", relationKindName(S.Kind)) << "precision "
       << Ratio(S.Confirmed, S.Inferred) << " (" << S.Confirmed << "/"
       << S.Inferred << " confirmed by an exact edge)\n";
  OS << "  recall    " << Ratio(E.ExactInferred, E.ExactEdges) << " ("
     << E.ExactInferred << "/" << E.ExactEdges
     << " exact heap-to-heap edges inferred)\n";
}

} // namespace analyzer
} // namespace memscope
