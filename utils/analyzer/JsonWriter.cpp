//===- utils/analyzer/JsonWriter.cpp - JSON shared by the front ends ------===//
//
// The objects both JSON documents hold, field by field as docs/Analyzer.md
// lists them.
//
// See also: JsonWriter.h.
//===----------------------------------------------------------------------===//
#include "JsonWriter.h"

#include "Format.h"

#include "llvm/Support/JSON.h"

namespace memscope {
namespace analyzer {

JsonWriter::JsonWriter(llvm::raw_ostream &OS) : JsonValues(&OS) {
  W.SetIndent(' ', 2);
}

void JsonWriter::finish() {
  Buffer.Put('\n');
  drain();
  OS->flush();
}

template <typename WriterT>
void JsonValues<WriterT>::string(llvm::StringRef S) {
  if (llvm::json::isUTF8(S)) {
    W.String(S.data(), S.size());
    return;
  }
  std::string Fixed = llvm::json::fixUTF8(S);
  W.String(Fixed.data(), Fixed.size());
}

template <typename WriterT> void JsonValues<WriterT>::hex(uint64_t Value) {
  string(hexText(Value));
}

template <typename WriterT> void JsonValues<WriterT>::frame(const Frame &F) {
  W.StartObject();
  key("pc");
  hex(F.Pc);
  key("function");
  stringOrNull(F.Function);
  key("file");
  stringOrNull(F.File);
  key("line");
  uintOrNull(F.Line);
  key("column");
  uintOrNull(F.Column);
  key("module");
  stringOrNull(F.Module);
  key("module_offset");
  orNull(F.hasModule(), [&] { hex(F.ModuleOffset); });
  key("inlined");
  W.Bool(F.Inlined);
  W.EndObject();
}

template <typename WriterT>
void JsonValues<WriterT>::location(const std::optional<SourceLocation> &L) {
  orNull(L.has_value(), [&] {
    W.StartObject();
    key("file");
    stringOrNull(L->File);
    key("line");
    uintOrNull(L->Line);
    key("column");
    uintOrNull(L->Column);
    key("function");
    stringOrNull(L->Function);
    W.EndObject();
  });
}

template <typename WriterT>
void JsonValues<WriterT>::cycle(const GraphCycle &C) {
  const CycleLeakInfo &L = *C.Record;
  W.StartObject();
  key("id");
  W.Uint(L.CycleId);
  key("bytes");
  W.Uint64(L.Bytes);
  key("objects");
  W.Uint64(L.Objects);
  key("path");
  W.StartArray();
  for (const GraphCycleStep &S : C.Path) {
    W.StartObject();
    key("passport");
    passport(S.Holder);
    key("type");
    stringOrNull(S.HolderType);
    key("slot");
    string(S.Slot);
    key("slot_offset");
    W.Uint64(S.SlotOffset);
    key("kind");
    W.String(edgeKindName(S.Kind));
    key("to");
    passport(S.Next);
    key("site");
    location(S.Site);
    W.EndObject();
  }
  W.EndArray();
  key("weak_candidate");
  orNull(L.WeakStep.has_value(), [&] {
    const GraphCycleStep &S = C.Path[*L.WeakStep];
    W.StartObject();
    key("step");
    W.Uint64(*L.WeakStep);
    key("from");
    passport(S.Holder);
    key("to");
    passport(S.Next);
    key("slot");
    string(S.Slot);
    key("kind");
    W.String(edgeKindName(S.Kind));
    key("site");
    location(S.Site);
    W.EndObject();
  });
  key("held");
  W.StartArray();
  for (PassportId P : L.Held)
    W.Uint64(P.value());
  W.EndArray();
  W.EndObject();
}

template <typename WriterT>
void JsonValues<WriterT>::diagnostic(const GraphDiagnostic &D) {
  W.StartObject();
  key("kind");
  string(D.Kind);
  key("cycle");
  uintOrNull(D.Cycle);
  key("site");
  location(D.Site);
  key("operation");
  stringOrNull(D.Operation);
  key("count");
  uint64OrNull(D.Count);
  key("threshold");
  uint64OrNull(D.Threshold);
  key("bytes");
  uint64OrNull(D.Bytes);
  key("objects");
  uint64OrNull(D.Objects);
  key("message");
  string(D.Message);
  W.EndObject();
}

template class JsonValues<PrettyJson>;
template class JsonValues<CompactJson>;

} // namespace analyzer
} // namespace memscope
