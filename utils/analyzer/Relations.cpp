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

#include "memscope/abi.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>

#include <cmath>

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
  case RelationKind::Shares:
    return "Shares";
  case RelationKind::Clone:
    return "Clone";
  case RelationKind::Evolution:
    return "Evolution";
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

/// A node of a linked std container (libstdc++'s and libc++'s map, set,
/// unordered_map, list, forward_list), by the type the allocation recorded.
bool isContainerNodeType(llvm::StringRef Type) {
  return Type.contains("_Rb_tree_node<") || Type.contains("_Hash_node<") ||
         Type.contains("_List_node<") || Type.contains("_Fwd_list_node<") ||
         Type.contains("__tree_node<") || Type.contains("__hash_node<") ||
         Type.contains("__list_node<") ||
         Type.contains("__forward_list_node<");
}

/// A shared_ptr's control block, by the type the allocation recorded.
bool isControlBlockType(llvm::StringRef Type) {
  return Type.contains("_Sp_counted_") || Type.contains("__shared_ptr_") ||
         Type.contains("__shared_weak_count");
}

} // namespace

HeapRelations::HeapRelations(const Model &M)
    : M(M), Dominators(M.trace()) {
  const Trace &T = M.trace();
  // One snapshot: the one the trace kept (older traces: the first).
  auto InFirst = [&](const Trace::RefBlock &B) {
    return B.Info.SnapshotId == T.RefBlocks[0].Info.SnapshotId;
  };
  ChunkIndex.reserve(T.RefBlocks.size());
  std::vector<uint32_t> Blocks;
  for (uint32_t I = 0; I < T.RefBlocks.size(); ++I)
    if (InFirst(T.RefBlocks[I]) &&
        ChunkIndex.try_emplace(T.RefBlocks[I].Info.Passport, I).second)
      Blocks.push_back(I);
  ContainerNode.assign(T.RefBlocks.size(), 0);
  TypeSites.assign(T.RefBlocks.size(), nullptr);
  tbb::parallel_for(size_t(0), Blocks.size(), [&](size_t I) {
    PassportId P = T.RefBlocks[Blocks[I]].Info.Passport;
    const SiteInfo *S = T.site(M.ownership().typeSiteOf(P));
    TypeSites[Blocks[I]] = S;
    ContainerNode[Blocks[I]] =
        isContainerNodeType(S ? llvm::StringRef(S->Type) : M.typeOf(P));
  });
  // Each block's words on their own, in parallel (TBB): parts of 4096
  // blocks, joined in order.
  struct Part {
    std::vector<InferredEdge> Edges;
    std::vector<size_t> Pairs;
  };
  constexpr size_t kPart = 4096;
  std::vector<Part> Parts((Blocks.size() + kPart - 1) / kPart);
  tbb::parallel_for(size_t(0), Parts.size(), [&](size_t P) {
    size_t End = std::min(Blocks.size(), (P + 1) * kPart);
    for (size_t I = P * kPart; I < End; ++I)
      inferBlock(T.RefBlocks[Blocks[I]], Parts[P].Edges, Parts[P].Pairs);
  });
  for (Part &P : Parts) {
    for (size_t I : P.Pairs)
      PairEdges.push_back(Edges.size() + I);
    Edges.insert(Edges.end(), P.Edges.begin(), P.Edges.end());
    P = Part();
  }
  markShared();
  inferClones();
  inferEvolution();
  // By source block, then offset: the runtime writes blocks in heap order.
  tbb::parallel_sort(Edges.begin(), Edges.end(),
                     [](const InferredEdge &A, const InferredEdge &B) {
                       return std::tie(A.From, A.Offset, A.Kind, A.To) <
                              std::tie(B.From, B.Offset, B.Kind, B.To);
                     });
}

const HeapRefsInfo *HeapRelations::chunk(PassportId P) const {
  auto It = ChunkIndex.find(P);
  return It == ChunkIndex.end() ? nullptr
                                : &M.trace().RefBlocks[It->second].Info;
}

void HeapRelations::inferBlock(const Trace::RefBlock &B,
                               std::vector<InferredEdge> &Edges,
                               std::vector<size_t> &PairEdges) const {
  llvm::ArrayRef<trace::HeapRef> Refs = M.trace().refsOf(B);
  const PassportId From = B.Info.Passport;
  const size_t Index = &B - M.trace().RefBlocks.data();
  const bool FromNode = ContainerNode[Index];
  // The words the block's type declares (DWARF, by the pass): a word of a
  // field that is no pointer holds no relation, whatever its value.
  llvm::StringRef Layout;
  uint64_t LayoutBytes = 0;
  if (const SiteInfo *S = TypeSites[Index]; S && !S->Layout.empty()) {
    Layout = S->Layout;
    LayoutBytes = Layout.size() * 8;
    // One object (a block as large as the type); arrays repeat it.
    if (!(S->Flags & MEMSCOPE_SITE_ARRAY) && B.Info.Size > LayoutBytes + 8)
      Layout = {};
  }
  auto DeclaredData = [&](uint64_t Offset) {
    if (Layout.empty())
      return false;
    uint64_t At = Offset % LayoutBytes;
    return At % 8 == 0 && Layout[At / 8] == 'w';
  };
  // Words already explained by an earlier relation (a container's end and
  // capacity pointers): up to this offset, into this block.
  uint64_t ExplainedUntil = 0;
  PassportId ExplainedTarget;
  for (size_t I = 0; I < Refs.size(); ++I) {
    const trace::HeapRef &R = Refs[I];
    PassportId To(R.Target);
    if (DeclaredData(R.Offset))
      continue; // an integer that happens to hold a heap address
    const HeapRefsInfo *C = chunk(To);
    if (To == From || !C)
      continue; // a block's pointers into itself are its own business
    if (To == ExplainedTarget && R.Offset < ExplainedUntil)
      continue;
    const bool ToNode = ContainerNode[ChunkIndex.lookup(To)];
    const uint64_t Beg = C->Addr, End = C->Addr + C->Size;
    InferredEdge E{From, To};
    E.Offset = R.Offset;
    E.TargetOffset = R.TargetOffset;

    // A smart pointer: this word, then the control block's address.
    const trace::HeapRef *Next =
        I + 1 < Refs.size() && Refs[I + 1].Offset == R.Offset + 8
            ? &Refs[I + 1]
            : nullptr;
    // A pointer to a block that dominates this one (every path from the
    // roots here passes through it) points back up: a parent or prev
    // pointer, a weak_ptr to a parent; no ownership, so no edge.
    const bool Back = pointsBack(From, To);
    if (Next && Next->Target != R.Target && Next->TargetOffset == 0 &&
        isControlBlockType(M.typeOf(PassportId(Next->Target)))) {
      ++I; // the control block's word is part of this relation
      if (Back)
        continue;
      E.Kind = RelationKind::Owns;
      E.Confidence = R.TargetOffset == 0 ? 0.95 : 0.8;
      E.Evidence = "an object pointer followed by its shared_ptr control "
                   "block's";
      E.Length = Next->Target; // the control block, until markShared()
      PairEdges.push_back(Edges.size());
      Edges.push_back(E);
      continue;
    }
    // std::make_shared: the object lies inside its control block's block,
    // so a shared_ptr's two words point inside the block and at its start.
    if (Next && Next->Target == R.Target && R.TargetOffset != 0 &&
        Next->TargetOffset == 0) {
      ++I;
      if (Back)
        continue;
      E.Kind = RelationKind::Owns;
      E.TargetOffset = 0;
      E.Confidence = 0.9;
      E.Evidence = "an interior pointer and the start address of one block "
                   "side by side, as a make_shared shared_ptr holds them";
      E.Length = R.Target; // the control block, until markShared()
      PairEdges.push_back(Edges.size());
      Edges.push_back(E);
      continue;
    }
    // A container node's other links (a tree's parent and children, a
    // list's neighbours, a hash chain, the container object's header inside
    // another block) are the container's structure, not ownership.
    if ((FromNode && (ToNode || R.TargetOffset != 0)) || Back)
      continue;
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
    // libstdc++'s std::string out of its inline buffer: the data pointer,
    // the length, then the capacity, one less than the block's size.
    if (R.TargetOffset == 0 && R.Next[1] + 1 == C->Size &&
        R.Next[0] <= R.Next[1] && R.Next[1] >= 15) {
      E.Kind = RelationKind::Contains;
      E.Length = R.Next[0];
      E.Confidence = 0.85;
      E.Evidence = "a data pointer, a length and a capacity one less than "
                   "the block's size, as a std::string keeps its characters";
      Edges.push_back(E);
      continue;
    }
    if (R.TargetOffset == 0 && ToNode) {
      E.Kind = RelationKind::Contains;
      E.Confidence = 0.85;
      E.Evidence = "a pointer to a node of a std container (map, set, "
                   "unordered_map, list), as its container object holds "
                   "them";
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

bool HeapRelations::pointsBack(PassportId From, PassportId To) const {
  uint32_t A = Dominators.indexOf(To), B = Dominators.indexOf(From);
  return A != Retainers::kSuperRoot && B != Retainers::kSuperRoot &&
         Dominators.dominates(A, B);
}

void HeapRelations::markShared() {
  // Holders per (object, control block).
  llvm::DenseMap<std::pair<uint64_t, uint64_t>, uint32_t> Holders;
  for (size_t I : PairEdges) {
    const InferredEdge &E = Edges[I];
    ++Holders[{E.To.value(), E.Length}];
  }
  for (size_t I : PairEdges) {
    InferredEdge &E = Edges[I];
    if (Holders.lookup({E.To.value(), E.Length}) > 1) {
      E.Kind = RelationKind::Shares;
      E.Confidence = 0.9;
      E.Evidence = "one of several shared_ptr holders of the object, "
                   "through the same control block";
    }
    E.Length = 0;
  }
}

namespace {

/// The MinHash bins a block's sketch filled (0xff: no word fell in it).
unsigned filledBins(uint64_t Sketch) {
  unsigned N = 0;
  for (unsigned I = 0; I < 8; ++I)
    N += ((Sketch >> (8 * I)) & 0xff) != 0xff;
  return N;
}

/// Filled bins equal in both sketches, over bins filled in either: an
/// estimate of how many of their distinct nonzero words they share.
double sketchSimilarity(uint64_t A, uint64_t B, unsigned &Equal) {
  unsigned Either = 0;
  Equal = 0;
  for (unsigned I = 0; I < 8; ++I) {
    uint64_t X = (A >> (8 * I)) & 0xff, Y = (B >> (8 * I)) & 0xff;
    if (X == 0xff && Y == 0xff)
      continue;
    ++Either;
    Equal += X == Y;
  }
  return Either ? double(Equal) / Either : 0;
}

} // namespace

void HeapRelations::inferClones() {
  const Trace &T = M.trace();
  // (size, content hash, passport, block), sorted: each run of equal size
  // and hash is a group of identical blocks, its earliest passport first.
  struct Print {
    uint64_t Size, Hash, Passport;
    uint32_t Block;
  };
  std::vector<Print> Prints;
  std::vector<uint32_t> Blocks;
  for (const auto &[P, I] : ChunkIndex) {
    const HeapRefsInfo &B = T.RefBlocks[I].Info;
    if (filledBins(B.Sketch) >= 3)
      Prints.push_back({B.Size, B.ContentHash, P.value(), I});
  }
  tbb::parallel_sort(Prints.begin(), Prints.end(),
                     [](const Print &A, const Print &B) {
                       return std::tie(A.Size, A.Hash, A.Passport) <
                              std::tie(B.Size, B.Hash, B.Passport);
                     });
  auto Passport = [&](uint32_t I) { return T.RefBlocks[I].Info.Passport; };
  for (size_t I = 0, First = 0; I < Prints.size(); ++I) {
    if (Prints[I].Size != Prints[First].Size ||
        Prints[I].Hash != Prints[First].Hash)
      First = I;
    if (I == First) {
      Blocks.push_back(Prints[I].Block);
      continue;
    }
    InferredEdge E{PassportId(Prints[First].Passport),
                   PassportId(Prints[I].Passport)};
    E.Kind = RelationKind::Clone;
    E.Length = Prints[I].Size;
    E.Confidence = 0.95;
    E.Evidence = "the same size and identical content as an earlier block";
    Edges.push_back(E);
  }
  Prints = {};
  // Nearly the same: candidates share a band of two filled bins (locality
  // sensitive hashing); the most similar earlier block of the same size,
  // if at least 6 of 8 bins agree.
  llvm::DenseMap<std::pair<uint64_t, uint64_t>, std::vector<uint32_t>> Bands;
  for (uint32_t I : Blocks) {
    const HeapRefsInfo &B = T.RefBlocks[I].Info;
    if (filledBins(B.Sketch) < 6)
      continue;
    for (unsigned Band = 0; Band < 4; ++Band) {
      uint64_t Bits = (B.Sketch >> (16 * Band)) & 0xffff;
      if ((Bits & 0xff) == 0xff || (Bits >> 8) == 0xff)
        continue;
      Bands[{B.Size, Bits | uint64_t(Band) << 16}].push_back(I);
    }
  }
  llvm::DenseMap<uint32_t, std::pair<uint32_t, double>> Best;
  for (auto &[Key, Members] : Bands) {
    if (Members.size() < 2 || Members.size() > 64)
      continue; // alone, or a pattern too common to tell copies apart
    llvm::sort(Members, [&](uint32_t A, uint32_t B) {
      return Passport(A) < Passport(B);
    });
    for (size_t J = 1; J < Members.size(); ++J)
      for (size_t K = 0; K < J; ++K) {
        unsigned Equal;
        double S = sketchSimilarity(T.RefBlocks[Members[K]].Info.Sketch,
                                    T.RefBlocks[Members[J]].Info.Sketch, Equal);
        if (Equal < 6 || S < 0.75)
          continue;
        auto &[From, Sim] = Best[Members[J]];
        if (S > Sim || (S == Sim && Passport(Members[K]) < Passport(From)))
          From = Members[K], Sim = S;
      }
  }
  for (const auto &[To, FromSim] : Best) {
    InferredEdge E{Passport(FromSim.first), Passport(To)};
    E.Kind = RelationKind::Clone;
    E.Length = T.RefBlocks[To].Info.Size;
    E.Confidence = std::round(50 + 40 * FromSim.second) / 100;
    E.Evidence = "the same size and nearly the same words as an earlier "
                 "block (MinHash)";
    Edges.push_back(E);
  }
}

void HeapRelations::inferEvolution() {
  for (const auto &[P, I] : ChunkIndex) {
    PassportId To = P;
    // The chain back, as far as the trace kept it.
    for (unsigned Hop = 0; Hop < 64; ++Hop) {
      PassportId From = M.reallocatedFrom(To);
      if (From.isNone())
        break;
      InferredEdge E{From, To};
      E.Kind = RelationKind::Evolution;
      E.Confidence = 1;
      E.Evidence = "realloc moved the block here (recorded by the allocator)";
      Edges.push_back(E);
      To = From;
    }
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
  llvm::DenseMap<PassportId, uint32_t> Holders; // exact heap owner slots
  for (const OwnershipEdge &E : M.ownership().edges()) {
    // Alive at the snapshot: the owner slot the pass recorded (in From, at
    // FromOffset) still held the object's address then. The replay only
    // knows which edges lived at the end of the trace, after the static
    // destructors, and an edge whose slot moved on to another object
    // before the snapshot is no relation the heap could show.
    // Owning edges only: a weak_ptr or a borrow is no ownership a
    // pointer-scan edge should be credited with.
    bool Owning = E.Kind == trace::EdgeKind::Owns ||
                  E.Kind == trace::EdgeKind::ArcClone ||
                  E.Kind == trace::EdgeKind::RcClone ||
                  E.Kind == trace::EdgeKind::Move;
    if (!Owning || E.From.isNone() || E.From == E.To || !chunk(E.To) ||
        !slotHolds(E.From, E.FromOffset, E.To))
      continue;
    ++Holders[E.To]; // slots: 50 copies in one vector share the object
    if (Exact.insert({E.From.value(), E.To.value()}).second)
      Universe.insert(E.From);
  }
  Ev.ExactEdges = Exact.size();
  Ev.Blocks = Universe.size();
  for (unsigned K = 0; K < kNumRelationKinds; ++K)
    Ev.Kinds.push_back({RelationKind(K)});
  for (const InferredEdge &E : Edges) {
    // Owns and Shares among the blocks that hold exact edges; the kinds
    // the pass records no counterpart of, all of them.
    bool Measured =
        E.Kind == RelationKind::Owns || E.Kind == RelationKind::Shares;
    if (Measured && !Universe.count(E.From))
      continue;
    RelationScore &S = Ev.Kinds[unsigned(E.Kind)];
    ++S.Inferred;
    Pair P{E.From.value(), E.To.value()};
    if (!Exact.count(P))
      continue;
    Covered.insert(P);
    // The kind too: Shares when more than one heap slot owns the object.
    if (!Measured ||
        (E.Kind == RelationKind::Shares) == (Holders.lookup(E.To) > 1))
      ++S.Confirmed;
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
  for (const RelationScore &S : E.Kinds) {
    OS << llvm::format("  %-9s", relationKindName(S.Kind));
    switch (S.Kind) {
    case RelationKind::Owns:
    case RelationKind::Shares:
      OS << " precision " << Ratio(S.Confirmed, S.Inferred) << " ("
         << S.Confirmed << "/" << S.Inferred
         << " confirmed by an exact edge of the kind)\n";
      break;
    case RelationKind::Evolution:
      OS << " " << S.Inferred << " inferred: exact (the allocator records "
         << "realloc moves)\n";
      break;
    default:
      OS << " " << S.Inferred << " inferred: nothing to measure against "
         << "(the pass records no such edge)\n";
      break;
    }
  }
  OS << "  recall     " << Ratio(E.ExactInferred, E.ExactEdges) << " ("
     << E.ExactInferred << "/" << E.ExactEdges
     << " exact heap-to-heap edges inferred)\n";
}

} // namespace analyzer
} // namespace memscope
