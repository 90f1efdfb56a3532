//===- utils/analyzer/GraphReport.cpp - `memscope graph` output -----------===//
//
// Writes an OwnershipGraph as JSON (for tools; deterministic, so a trace's
// graph can be a golden file) or as a Graphviz digraph (for people:
// `memscope graph app.trace --format dot | dot -Tsvg > graph.svg`). The JSON
// schema is in docs/Analyzer.md, field by field.
//
// DOT: allocations are boxes labelled `#P Type`, `N B` and their allocation
// site; owners that are not allocations (locals, globals) are plain-text
// nodes named after the slot; edges carry their kind and count. Weak edges
// are dashed, edges on a cycle leak's path red and bold, leaked allocations
// drawn in red. Borrows are left out: they are not ownership.
//
// See also: Graph.h, JsonWriter.h, main.cpp (the command).
//===----------------------------------------------------------------------===//
#include "Graph.h"

#include "Format.h"
#include "JsonWriter.h"
#include "Relations.h"
#include "Retainers.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <cmath>

namespace memscope {
namespace analyzer {

namespace {

/// One node, exact edge or inferred edge of the graph per line.
class GraphLine : public JsonLine {
public:
  explicit GraphLine(const Model &M) : M(M) {}

  void node(const GraphNode &N) {
    const std::optional<PassportEventInfo> &A = N.Allocation;
    begin();
    W.StartObject();
    key("passport");
    W.Uint64(N.Id.value());
    key("type");
    stringOrNull(N.Type);
    key("size");
    orNull(A.has_value(), [&] { W.Uint64(A->Size); });
    key("address");
    // Traces record the addresses of a few blocks only (TraceFormat.md).
    orNull(A && A->Addr, [&] { hex(A->Addr); });
    key("allocation_site");
    orNull(N.AllocationSite, [&] { frame(*N.AllocationSite); });
    key("thread");
    orNull(A.has_value(), [&] { W.Uint(A->Tid.value()); });
    key("owner");
    stringOrNull(N.Owner);
    key("freed");
    W.Bool(N.Freed);
    key("leaked");
    W.Bool(N.Leaked);
    key("cycle");
    uintOrNull(N.Cycle);
    key("borrows");
    W.StartArray();
    for (const BorrowSummary &B : N.Borrows) {
      W.StartObject();
      key("kind");
      W.String(edgeKindName(B.Kind));
      key("owner");
      string(B.Owner);
      key("site");
      location(siteLocation(M, B.Site));
      key("count");
      W.Uint64(B.Count);
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();
    end();
  }

  void edge(const GraphEdge &GE) {
    const OwnershipEdge &E = *GE.Edge;
    begin();
    W.StartObject();
    key("from");
    passport(E.From);
    key("from_offset");
    orNull(!E.From.isNone(), [&] { W.Uint64(E.FromOffset); });
    key("owner");
    string(E.Owner);
    key("to");
    passport(E.To);
    key("kind");
    W.String(edgeKindName(E.Kind));
    key("confidence");
    W.String("exact");
    key("first_site");
    location(GE.FirstSite);
    key("count");
    W.Uint64(E.Count);
    key("live_at_end");
    W.Bool(E.liveAtEnd());
    key("cycle");
    uintOrNull(GE.Cycle);
    W.EndObject();
    end();
  }

  /// Confidences in hundredths.
  void inferred(const InferredEdge &E) {
    begin();
    W.StartObject();
    key("from");
    W.Uint64(E.From.value());
    key("to");
    W.Uint64(E.To.value());
    key("kind");
    W.String(relationKindName(E.Kind));
    key("confidence");
    W.Double(std::min(1.0, std::round(E.Confidence * 100) / 100));
    key("offset");
    W.Uint64(E.Offset);
    key("target_offset");
    W.Uint64(E.TargetOffset);
    key("length");
    orNull(E.Length, [&] { W.Uint64(E.Length); });
    key("evidence");
    W.String(E.Evidence);
    W.EndObject();
    end();
  }

private:
  const Model &M;
};

class GraphJson : JsonWriter {
public:
  GraphJson(const OwnershipGraph &G, llvm::StringRef TracePath,
            llvm::raw_ostream &OS, const std::vector<InferredEdge> *Inferred)
      : JsonWriter(OS), G(G), T(G.model().trace()), TracePath(TracePath),
        Inferred(Inferred) {}

  void print() {
    W.StartObject();
    key("schema_version");
    W.Uint(kGraphSchemaVersion);
    key("trace");
    string(TracePath);
    key("format_version");
    W.Uint(T.FormatVersion);
    key("truncated");
    W.Bool(T.Truncated);
    if (G.omittedNodes() || G.omittedEdges()) {
      // Only for a selection: what `memscope graph --all` would add.
      key("omitted");
      W.StartObject();
      key("nodes");
      W.Uint64(G.omittedNodes());
      key("edges");
      W.Uint64(G.omittedEdges());
      W.EndObject();
    }
    // Nodes and edges are made in order (the graph caches frames), and
    // written as lines on every core.
    key("nodes");
    W.StartArray();
    auto NewLine = [&] { return std::make_unique<GraphLine>(G.model()); };
    size_t Cursor = 0;
    lines<GraphNode>(
        NewLine, [&](GraphNode &N) { return G.nextNode(Cursor, N); },
        [](GraphLine &L, const GraphNode &N) { L.node(N); });
    W.EndArray();
    key("edges");
    W.StartArray();
    Cursor = 0;
    lines<GraphEdge>(
        NewLine, [&](GraphEdge &E) { return G.nextEdge(Cursor, E); },
        [](GraphLine &L, const GraphEdge &E) { L.edge(E); });
    W.EndArray();
    key("cycles");
    W.StartArray();
    for (const GraphCycle &C : G.cycles())
      cycle(C);
    W.EndArray();
    key("diagnostics");
    W.StartArray();
    for (const GraphDiagnostic &D : G.diagnostics())
      diagnostic(D);
    W.EndArray();
    if (Inferred) {
      key("inferred_edges");
      W.StartArray();
      Cursor = 0;
      lines<const InferredEdge *>(
          NewLine,
          [&](const InferredEdge *&E) {
            E = Cursor < Inferred->size() ? &(*Inferred)[Cursor++] : nullptr;
            return E != nullptr;
          },
          [](GraphLine &L, const InferredEdge *E) { L.inferred(*E); });
      W.EndArray();
    }
    W.EndObject();
    finish();
  }

private:
  const OwnershipGraph &G;
  const Trace &T;
  llvm::StringRef TracePath;
  const std::vector<InferredEdge> *Inferred;
};

/// A DOT quoted string: `"` and `\` escaped, control characters as spaces,
/// invalid UTF-8 fixed up. Lines are joined with DOT's `\n` by the caller.
std::string dotEscape(llvm::StringRef S) {
  std::string Valid = llvm::json::isUTF8(S) ? S.str() : llvm::json::fixUTF8(S);
  std::string Out;
  for (char C : Valid) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += static_cast<unsigned char>(C) < 0x20 || C == 0x7f ? ' ' : C;
  }
  return Out;
}

/// `"line 1\nline 2"`.
std::string dotLabel(llvm::ArrayRef<std::string> Lines) {
  std::string Label = "\"";
  for (size_t I = 0; I < Lines.size(); ++I)
    Label += (I ? "\\n" : "") + dotEscape(Lines[I]);
  return Label + "\"";
}

std::string nodeName(PassportId Id) { return "p" + std::to_string(Id.value()); }

class GraphDot {
public:
  GraphDot(const OwnershipGraph &G, llvm::raw_ostream &OS,
           const std::vector<InferredEdge> *Inferred)
      : G(G), OS(OS), Inferred(Inferred) {}

  void print() {
    if (G.omittedNodes() || G.omittedEdges())
      OS << "// " << G.omittedNodes() << " node(s) and " << G.omittedEdges()
         << " edge(s) left out: memscope graph --all shows them\n";
    OS << "digraph memscope {\n"
       << "  node [shape=box, fontname=\"monospace\"];\n"
       << "  edge [fontname=\"monospace\"];\n";
    G.forEachNode([&](const GraphNode &N) { printNode(N); });
    G.forEachEdge([&](const GraphEdge &E) { printEdge(E); });
    // Cycle steps the events did not show as an edge are drawn from the
    // cycle record alone.
    for (const GraphCycle &C : G.cycles())
      for (const GraphCycleStep &S : C.Path)
        if (!S.HasEdge)
          OS << "  " << nodeName(S.Holder) << " -> " << nodeName(S.Next)
             << " [label=" << dotLabel({S.Slot, edgeKindName(S.Kind)})
             << ", color=red, fontcolor=red, style=bold];\n";
    // Inferred relations: dashed and blue, never mistaken for exact edges.
    // Blocks only they name get a node of their own.
    if (Inferred)
      for (const InferredEdge &E : *Inferred)
        OS << "  " << nodeName(E.From) << " -> " << nodeName(E.To) << " [label="
           << dotLabel({std::string(relationKindName(E.Kind)) + " " +
                        llvm::formatv("{0:F2}", E.Confidence).str()})
           << ", style=dashed, color=blue, fontcolor=blue];\n";
    OS << "}\n";
    OS.flush();
  }

private:
  void printNode(const GraphNode &N) {
    std::vector<std::string> Lines;
    Lines.push_back("#" + std::to_string(N.Id.value()) +
                    (N.Type.empty() ? "" : " " + N.Type));
    if (N.Allocation)
      Lines.push_back(std::to_string(N.Allocation->Size) + " B");
    if (N.AllocationSite)
      Lines.push_back(shortFrameText(*N.AllocationSite));
    OS << "  " << nodeName(N.Id) << " [label=" << dotLabel(Lines);
    if (N.Leaked)
      OS << ", color=red";
    OS << "];\n";
  }

  /// The node of an owner that is not an allocation: one per name.
  std::string ownerNode(llvm::StringRef Owner) {
    auto [It, New] =
        Owners.try_emplace(Owner, "o" + std::to_string(Owners.size() + 1));
    if (New)
      OS << "  " << It->second << " [label=" << dotLabel({Owner.str()})
         << ", shape=plaintext];\n";
    return It->second;
  }

  void printEdge(const GraphEdge &GE) {
    const OwnershipEdge &E = *GE.Edge;
    std::string From = E.From.isNone() ? ownerNode(E.Owner) : nodeName(E.From);
    std::vector<std::string> Lines;
    // An owner inside an allocation is named on its edge (the node is the
    // allocation).
    if (!E.From.isNone())
      Lines.push_back(E.Owner.str());
    Lines.push_back(std::string(edgeKindName(E.Kind)) + " x" +
                    std::to_string(E.Count));
    OS << "  " << From << " -> " << nodeName(E.To)
       << " [label=" << dotLabel(Lines);
    if (E.Kind == trace::EdgeKind::Weak)
      OS << ", style=dashed";
    if (GE.Cycle)
      OS << ", color=red, fontcolor=red, style=bold";
    OS << "];\n";
  }

  const OwnershipGraph &G;
  llvm::raw_ostream &OS;
  const std::vector<InferredEdge> *Inferred;
  llvm::StringMap<std::string> Owners;
};

} // namespace

namespace {

/// `memscope graph --top-retainers N --format json`.
class RetainersJson : JsonWriter {
public:
  RetainersJson(const Retainers &R, const Model &M, llvm::raw_ostream &OS)
      : JsonWriter(OS), R(R), M(M) {}

  void print(size_t Limit, llvm::StringRef TracePath) {
    const Trace &T = M.trace();
    RetainerView View = viewRetainers(R, M, Limit);
    W.StartObject();
    key("schema_version");
    W.Uint(kGraphSchemaVersion);
    key("trace");
    string(TracePath);
    key("snapshot");
    W.StartObject();
    key("id");
    W.Uint(T.KeptSnapshot ? T.KeptSnapshot->Id
                          : T.RefBlocks[0].Info.SnapshotId);
    key("why");
    orNull(T.KeptSnapshot.has_value(),
           [&] { W.String(snapshotWhyName(T.KeptSnapshot->Why)); });
    key("time_ns");
    orNull(T.KeptSnapshot.has_value(),
           [&] { W.Uint64(M.sinceStart(T.KeptSnapshot->TimeNs)); });
    key("blocks");
    W.Uint64(R.nodes().size());
    key("bytes");
    W.Uint64(R.totalBytes());
    key("reachable_bytes");
    W.Uint64(R.reachableBytes());
    key("roots_known");
    W.Bool(R.rootsKnown());
    W.EndObject();
    key("top_retainers");
    W.StartArray();
    for (const RetainerView::Entry &E : View.Top)
      node(E.Node, E.Depth);
    W.EndArray();
    key("leak_suspects");
    W.StartArray();
    for (uint32_t V : View.Suspects)
      node(V, 0);
    W.EndArray();
    W.EndObject();
    finish();
  }

private:
  void node(uint32_t V, unsigned Depth) {
    const Retainers::Node &N = R.nodes()[V];
    W.StartObject();
    key("passport");
    W.Uint64(N.Passport.value());
    key("type");
    stringOrNull(M.typeOf(N.Passport));
    key("size");
    W.Uint64(N.Size);
    key("retained_bytes");
    W.Uint64(N.Retained);
    key("retained_blocks");
    W.Uint(N.RetainedBlocks);
    key("held_by");
    W.String(heldBy(R, N));
    key("dominator");
    orNull(N.Dominator != Retainers::kSuperRoot,
           [&] { W.Uint64(R.nodes()[N.Dominator].Passport.value()); });
    key("depth");
    W.Uint(Depth);
    key("allocation_site");
    std::optional<Frame> F = M.userFrame(N.Stack);
    orNull(F.has_value(), [&] { frame(*F); });
    W.EndObject();
  }

  const Retainers &R;
  const Model &M;
};

} // namespace

void writeRetainersJson(const Retainers &R, const Model &M, size_t Limit,
                        llvm::StringRef TracePath, llvm::raw_ostream &OS) {
  RetainersJson(R, M, OS).print(Limit, TracePath);
}

void writeGraphJson(const OwnershipGraph &G, llvm::StringRef TracePath,
                    llvm::raw_ostream &OS,
                    const std::vector<InferredEdge> *Inferred) {
  GraphJson(G, TracePath, OS, Inferred).print();
}

void writeGraphDot(const OwnershipGraph &G, llvm::raw_ostream &OS,
                   const std::vector<InferredEdge> *Inferred) {
  GraphDot(G, OS, Inferred).print();
}

} // namespace analyzer
} // namespace memscope
