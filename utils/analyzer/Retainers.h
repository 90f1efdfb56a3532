//===- utils/analyzer/Retainers.h - retained sizes -------------*- C++ -*-===//
//
// What each block of a heap snapshot keeps alive, as Eclipse MAT and
// Chrome's heap snapshots show it: the dominator tree of the snapshot's
// pointer graph (every word of a block that points into another live
// block, as the runtime found it: exact owner slots, raw pointers, control
// blocks alike) from a super-root whose children are the blocks the roots
// point to directly (globals, stacks, registers, TLS, root regions,
// ignored objects: the runtime's root scan). A block's retained size is
// what freeing it would free: its own bytes and those of every block only
// reachable through it.
//
// Blocks no root reaches (leaked, or held from where the scan could not
// see: a snapshot without a root scan) hang from the super-root too, each
// structure from its entry: first the blocks nothing points to, then, for
// cycles, the lowest passport left.
//
// See also: Relations.h (the same snapshot's relations), docs/Analyzer.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_RETAINERS_H
#define MEMSCOPE_ANALYZER_RETAINERS_H

#include "Trace.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace memscope {
namespace analyzer {

class Retainers {
public:
  static constexpr uint32_t kSuperRoot = ~0u;

  struct Node {
    PassportId Passport;
    uint64_t Size = 0;
    StackId Stack;             // the allocation's
    uint64_t Retained = 0;     // bytes, its own included
    uint32_t RetainedBlocks = 0;
    uint32_t Dominator = kSuperRoot; // a node index
    uint32_t Root = 0;         // trace::RootKind if a root points to it
    bool Reachable = false;    // from the roots
  };

  /// Over the snapshot T kept (its first SnapshotId among RefBlocks).
  explicit Retainers(const Trace &T);

  bool available() const { return !Nodes.empty(); }
  /// Whether the roots came from the runtime's root scan.
  bool rootsKnown() const { return RootsKnown; }
  const std::vector<Node> &nodes() const { return Nodes; }
  /// The node of a passport, or kSuperRoot.
  uint32_t indexOf(PassportId P) const {
    auto It = Index.find(P);
    return It == Index.end() ? kSuperRoot : It->second;
  }
  /// Whether node A dominates node B (every path from the roots to B goes
  /// through A; a node dominates itself).
  bool dominates(uint32_t A, uint32_t B) const {
    return Pre[A] <= Pre[B] && Pre[B] < Pre[A] + Subtree[A];
  }
  /// Bytes and blocks of the snapshot, and the part the roots reach.
  uint64_t totalBytes() const { return TotalBytes; }
  uint64_t reachableBytes() const { return ReachableBytes; }

private:
  std::vector<Node> Nodes;
  llvm::DenseMap<PassportId, uint32_t> Index;
  /// Preorder number and subtree size of each node in the dominator tree.
  std::vector<uint32_t> Pre, Subtree;
  bool RootsKnown = false;
  uint64_t TotalBytes = 0, ReachableBytes = 0;
};

/// "global", "thread", "region", "ignored" or "".
const char *rootKindName(uint32_t Kind);

class Model;

/// What --top-retainers shows: the Limit largest retainers at the top of
/// the dominator tree, each followed (in preorder, one level deeper) by the
/// blocks below it that keep at least a quarter of it alive (three at
/// most, three levels deep); and the leak suspects, most retained first.
struct RetainerView {
  struct Entry {
    uint32_t Node;
    unsigned Depth;
  };
  std::vector<Entry> Top;
  std::vector<uint32_t> Suspects;
};
RetainerView viewRetainers(const Retainers &R, const Model &M, size_t Limit);

/// What holds a node: "block" (its dominator), "global", "thread",
/// "region", "ignored", "several" (blocks the roots hold) or
/// "unreachable".
const char *heldBy(const Retainers &R, const Retainers::Node &N);

/// The Limit largest retainers at the top of the dominator tree, each
/// with the blocks below it that keep much of it alive; then the leak
/// suspects: the entries of structures leaked at exit, most retained first.
void printRetainers(const Retainers &R, const Model &M, size_t Limit,
                    llvm::raw_ostream &OS);
/// The same as JSON (docs/Analyzer.md, "Retained sizes").
void writeRetainersJson(const Retainers &R, const Model &M, size_t Limit,
                        llvm::StringRef TracePath, llvm::raw_ostream &OS);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_RETAINERS_H
