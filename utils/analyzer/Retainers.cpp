//===- utils/analyzer/Retainers.cpp - retained sizes of a heap snapshot --===//
//
// The dominator tree by the Semi-NCA algorithm (semidominators as
// Lengauer and Tarjan compute them, with path compression, then each
// immediate dominator as the nearest common ancestor in the DFS tree; as
// LLVM's GenericDomTreeConstruction does), iterative throughout: a list
// of a million blocks is a path a million deep.
//
// See also: Retainers.h.
//===----------------------------------------------------------------------===//
#include "Retainers.h"

#include "Format.h"
#include "Model.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"

#include <functional>

namespace memscope {
namespace analyzer {

const char *rootKindName(uint32_t Kind) {
  switch (static_cast<trace::RootKind>(Kind)) {
  case trace::RootKind::Ignored:
    return "ignored";
  case trace::RootKind::Global:
    return "global";
  case trace::RootKind::Thread:
    return "thread";
  case trace::RootKind::Region:
    return "region";
  }
  return "";
}

namespace {

/// Adjacency in compressed rows: the successors of node V are
/// Targets[Start[V] .. Start[V + 1]).
struct Rows {
  std::vector<uint32_t> Start, Targets;
  llvm::ArrayRef<uint32_t> of(uint32_t V) const {
    return llvm::ArrayRef(Targets).slice(Start[V], Start[V + 1] - Start[V]);
  }
};

Rows reverse(const Rows &R, uint32_t N) {
  Rows Out;
  Out.Start.assign(N + 1, 0);
  for (uint32_t T : R.Targets)
    ++Out.Start[T + 1];
  for (uint32_t V = 0; V < N; ++V)
    Out.Start[V + 1] += Out.Start[V];
  Out.Targets.resize(R.Targets.size());
  std::vector<uint32_t> Fill(Out.Start.begin(), Out.Start.end() - 1);
  for (uint32_t V = 0; V < N; ++V)
    for (uint32_t T : R.of(V))
      Out.Targets[Fill[T]++] = V;
  return Out;
}

} // namespace

Retainers::Retainers(const Trace &T) {
  if (T.RefBlocks.empty())
    return;
  const uint32_t Snapshot = T.RefBlocks[0].Info.SnapshotId;
  for (const Trace::RefBlock &B : T.RefBlocks) {
    if (B.Info.SnapshotId != Snapshot)
      continue;
    if (!Index.try_emplace(B.Info.Passport, uint32_t(Nodes.size())).second)
      continue;
    Node N;
    N.Passport = B.Info.Passport;
    N.Size = B.Info.Size;
    N.Stack = B.Info.Stack;
    Nodes.push_back(N);
    TotalBytes += N.Size;
  }
  // Node N is the super-root; its successors come last.
  const uint32_t N = uint32_t(Nodes.size()), Super = N;
  Rows Succ;
  Succ.Start.reserve(N + 2);
  for (const Trace::RefBlock &B : T.RefBlocks) {
    if (B.Info.SnapshotId != Snapshot)
      continue;
    uint32_t From = Index.lookup(B.Info.Passport);
    if (From != Succ.Start.size())
      continue; // a repeated passport: its first record stands
    Succ.Start.push_back(uint32_t(Succ.Targets.size()));
    for (const trace::HeapRef &R : T.refsOf(B)) {
      auto It = Index.find(PassportId(R.Target));
      if (It != Index.end() && It->second != From)
        Succ.Targets.push_back(It->second);
    }
  }
  Succ.Start.push_back(uint32_t(Succ.Targets.size()));
  RootsKnown = T.KeptSnapshot && T.KeptSnapshot->RootsKnown &&
               T.KeptSnapshot->Id == Snapshot;
  if (RootsKnown)
    for (const trace::HeapRoot &R : T.Roots)
      if (uint32_t V = indexOf(PassportId(R.Passport)); V != kSuperRoot) {
        Nodes[V].Root = R.Kind;
        Succ.Targets.push_back(V);
      }
  Succ.Start.push_back(uint32_t(Succ.Targets.size()));

  // Preorder from the super-root; then, for what no root reaches, from the
  // blocks nothing points to, then from the rest in passport order. Each
  // such entry becomes one more child of the super-root.
  std::vector<uint32_t> Dfn(N + 1, kSuperRoot), Parent(N + 1, Super), Order;
  Order.reserve(N + 1);
  std::vector<std::pair<uint32_t, uint32_t>> Stack; // node, next successor
  auto Visit = [&](uint32_t Root) {
    Dfn[Root] = uint32_t(Order.size());
    Order.push_back(Root);
    Stack.push_back({Root, Succ.Start[Root]});
    while (!Stack.empty()) {
      auto &[V, Next] = Stack.back();
      if (Next == Succ.Start[V + 1]) {
        Stack.pop_back();
        continue;
      }
      uint32_t W = Succ.Targets[Next++];
      if (Dfn[W] != kSuperRoot)
        continue;
      Dfn[W] = uint32_t(Order.size());
      Order.push_back(W);
      Parent[W] = V;
      Stack.push_back({W, Succ.Start[W]});
    }
  };
  Visit(Super);
  for (uint32_t V = 0; V < N; ++V)
    if (Dfn[V] != kSuperRoot) {
      Nodes[V].Reachable = true;
      ReachableBytes += Nodes[V].Size;
    }
  std::vector<uint32_t> InDegree(N, 0);
  for (uint32_t V = 0; V < N; ++V)
    for (uint32_t W : Succ.of(V))
      ++InDegree[W];
  std::vector<uint32_t> ByPassport(N);
  for (uint32_t V = 0; V < N; ++V)
    ByPassport[V] = V;
  llvm::sort(ByPassport, [&](uint32_t A, uint32_t B) {
    return Nodes[A].Passport < Nodes[B].Passport;
  });
  std::vector<uint32_t> Entries;
  for (int Pass = 0; Pass < 2; ++Pass)
    for (uint32_t V : ByPassport)
      if (Dfn[V] == kSuperRoot && (Pass || !InDegree[V])) {
        Entries.push_back(V);
        Visit(V);
      }
  // The super-root's edges to those entries, for the predecessor lists.
  Succ.Targets.insert(Succ.Targets.end(), Entries.begin(), Entries.end());
  Succ.Start[N + 1] = uint32_t(Succ.Targets.size());
  Rows Pred = reverse(Succ, N + 1);

  // Semidominators in reverse preorder, with a path-compressed forest.
  const uint32_t Count = uint32_t(Order.size());
  std::vector<uint32_t> Semi(N + 1), Label(N + 1), Ancestor(N + 1, kSuperRoot);
  for (uint32_t V = 0; V <= N; ++V)
    Semi[V] = Dfn[V], Label[V] = V;
  std::vector<uint32_t> Path;
  auto Eval = [&](uint32_t V) {
    if (Ancestor[V] == kSuperRoot)
      return V;
    for (uint32_t U = V; Ancestor[Ancestor[U]] != kSuperRoot; U = Ancestor[U])
      Path.push_back(U);
    while (!Path.empty()) {
      uint32_t U = Path.back();
      Path.pop_back();
      uint32_t A = Ancestor[U];
      if (Semi[Label[A]] < Semi[Label[U]])
        Label[U] = Label[A];
      Ancestor[U] = Ancestor[A];
    }
    return Label[V];
  };
  for (uint32_t I = Count - 1; I > 0; --I) {
    uint32_t W = Order[I];
    for (uint32_t V : Pred.of(W))
      if (Dfn[V] != kSuperRoot)
        Semi[W] = std::min(Semi[W], Semi[Eval(V)]);
    Ancestor[W] = Parent[W];
  }
  // Immediate dominators: the nearest DFS ancestor at or above the
  // semidominator, in preorder (a node's dominator is settled first).
  std::vector<uint32_t> IDom(N + 1, Super);
  for (uint32_t I = 1; I < Count; ++I) {
    uint32_t W = Order[I];
    uint32_t D = Parent[W];
    while (Dfn[D] > Semi[W])
      D = IDom[D];
    IDom[W] = D;
  }
  for (uint32_t V = 0; V < N; ++V) {
    Nodes[V].Retained = Nodes[V].Size;
    Nodes[V].RetainedBlocks = 1;
  }
  for (uint32_t I = Count - 1; I > 0; --I) {
    uint32_t W = Order[I];
    Nodes[W].Dominator = IDom[W] == Super ? kSuperRoot : IDom[W];
    if (IDom[W] != Super) {
      Nodes[IDom[W]].Retained += Nodes[W].Retained;
      Nodes[IDom[W]].RetainedBlocks += Nodes[W].RetainedBlocks;
    }
  }
  // The dominator tree's own preorder: a node's subtree is an interval.
  Rows Kids;
  Kids.Start.assign(N + 2, 0);
  for (uint32_t V = 0; V < N; ++V)
    ++Kids.Start[IDom[V] + 1];
  for (uint32_t V = 0; V <= N; ++V)
    Kids.Start[V + 1] += Kids.Start[V];
  Kids.Targets.resize(N);
  std::vector<uint32_t> Fill(Kids.Start.begin(), Kids.Start.end() - 1);
  for (uint32_t V = 0; V < N; ++V)
    Kids.Targets[Fill[IDom[V]]++] = V;
  Pre.assign(N + 1, 0);
  Subtree.assign(N + 1, 1);
  uint32_t Next = 0;
  Stack.clear();
  Pre[Super] = Next++;
  Stack.push_back({Super, Kids.Start[Super]});
  while (!Stack.empty()) {
    auto &[V, At] = Stack.back();
    if (At == Kids.Start[V + 1]) {
      uint32_t Done = V;
      Stack.pop_back();
      Subtree[Done] = Next - Pre[Done];
      continue;
    }
    uint32_t W = Kids.Targets[At++];
    Pre[W] = Next++;
    Stack.push_back({W, Kids.Start[W]});
  }
}

} // namespace analyzer
} // namespace memscope

namespace memscope {
namespace analyzer {

namespace {

/// `Type (file:line)` of a block's allocation, as far as the trace says.
std::string describeBlock(const Model &M, PassportId P, StackId Stack) {
  std::string Type = M.typeOf(P);
  std::string Out = Type.empty() ? "?" : Type;
  if (std::optional<Frame> F = M.userFrame(Stack); F && !F->File.empty())
    Out += " (" + shortFrameText(*F) + ")";
  return Out;
}

} // namespace

RetainerView viewRetainers(const Retainers &R, const Model &M,
                           size_t Limit) {
  RetainerView View;
  const std::vector<Retainers::Node> &Nodes = R.nodes();
  // Below each, the blocks it keeps alive that keep a quarter of it alive
  // themselves (three at most, three levels deep): where its bytes go.
  std::vector<std::vector<uint32_t>> Children(Nodes.size());
  for (uint32_t V = 0; V < Nodes.size(); ++V)
    if (Nodes[V].Dominator != Retainers::kSuperRoot)
      Children[Nodes[V].Dominator].push_back(V);
  auto Largest = [&](uint32_t A, uint32_t B) {
    const Retainers::Node &X = Nodes[A], &Y = Nodes[B];
    return std::tie(Y.Retained, X.Passport) < std::tie(X.Retained, Y.Passport);
  };
  std::function<void(uint32_t, unsigned)> Tree = [&](uint32_t V,
                                                     unsigned Depth) {
    View.Top.push_back({V, Depth});
    if (Depth == 3)
      return;
    std::vector<uint32_t> &Kids = Children[V];
    llvm::sort(Kids, Largest);
    for (size_t I = 0; I < Kids.size() && I < 3; ++I)
      if (4 * Nodes[Kids[I]].Retained >= Nodes[V].Retained)
        Tree(Kids[I], Depth + 1);
  };
  std::vector<uint32_t> Top;
  for (uint32_t V = 0; V < Nodes.size(); ++V)
    if (Nodes[V].Dominator == Retainers::kSuperRoot)
      Top.push_back(V);
  llvm::sort(Top, Largest);
  if (Top.size() > Limit)
    Top.resize(Limit);
  for (uint32_t V : Top)
    Tree(V, 0);

  // Leak suspects: the entries of leaked structures (a leaked block no
  // other leaked block dominates), the most retained first.
  llvm::DenseSet<PassportId> Leaked;
  for (const LeakCheckInfo &C : M.trace().LeakChecks)
    if (C.AtExit)
      for (const LeakGroupInfo &G : C.Groups)
        if (G.Kind == trace::LeakKind::Direct ||
            G.Kind == trace::LeakKind::Indirect)
          Leaked.insert(G.Passports.begin(), G.Passports.end());
  for (uint32_t V = 0; V < Nodes.size(); ++V) {
    const Retainers::Node &N = Nodes[V];
    if (Leaked.count(N.Passport) &&
        (N.Dominator == Retainers::kSuperRoot ||
         !Leaked.count(Nodes[N.Dominator].Passport)))
      View.Suspects.push_back(V);
  }
  llvm::sort(View.Suspects, Largest);
  if (View.Suspects.size() > Limit)
    View.Suspects.resize(Limit);
  return View;
}

const char *heldBy(const Retainers &R, const Retainers::Node &N) {
  if (N.Dominator != Retainers::kSuperRoot)
    return "block";
  if (N.Root == uint32_t(trace::RootKind::Ignored))
    return "ignored";
  if (N.Root)
    return rootKindName(N.Root);
  return N.Reachable ? "several" : "unreachable";
}

void printRetainers(const Retainers &R, const Model &M, size_t Limit,
                    llvm::raw_ostream &OS) {
  const Trace &T = M.trace();
  RetainerView View = viewRetainers(R, M, Limit);
  OS << "Retained sizes in heap snapshot ";
  if (T.KeptSnapshot)
    OS << T.KeptSnapshot->Id << " (" << snapshotWhyName(T.KeptSnapshot->Why)
       << ", " << llvm::format("%.3f", M.sinceStart(T.KeptSnapshot->TimeNs) /
                                           1e9)
       << " s)";
  else
    OS << T.RefBlocks[0].Info.SnapshotId;
  OS << ": " << R.nodes().size() << " block(s), " << R.totalBytes()
     << " byte(s); " << R.reachableBytes() << " byte(s) reachable from "
     << (R.rootsKnown() ? "the roots" : "blocks nothing points to (the "
                                        "snapshot has no root scan)")
     << "\n";
  auto Line = [&](uint32_t V, unsigned Depth) {
    const Retainers::Node &N = R.nodes()[V];
    OS.indent(2 * Depth)
        << llvm::format("  %12llu B %8u blocks  #%llu ",
                        (unsigned long long)N.Retained, N.RetainedBlocks,
                        (unsigned long long)N.Passport.value())
        << describeBlock(M, N.Passport, N.Stack)
        << ", " << N.Size << " B itself; ";
    llvm::StringRef Held = heldBy(R, N);
    if (Held == "block")
      OS << "held by #" << R.nodes()[N.Dominator].Passport.value();
    else if (Held == "ignored")
      OS << "ignored by the leak check";
    else if (Held == "several")
      OS << "held by several blocks the roots hold";
    else if (Held == "unreachable")
      OS << "unreachable";
    else
      OS << "held by a " << Held << " root";
    OS << "\n";
  };
  OS << "Top retainers: the blocks no other block keeps alive, by the bytes "
        "they keep alive (retained bytes, blocks, passport, type and "
        "allocation site), and below them where those bytes go:\n";
  for (const RetainerView::Entry &E : View.Top)
    Line(E.Node, E.Depth);
  if (View.Suspects.empty())
    return;
  OS << "Leak suspects (leaked at exit, the entries of leaked structures, "
        "most retained first):\n";
  for (uint32_t V : View.Suspects)
    Line(V, 0);
}

} // namespace analyzer
} // namespace memscope
