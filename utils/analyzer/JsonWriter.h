//===- utils/analyzer/JsonWriter.h - JSON shared by the front ends -*- C++ -*-//
//
// RapidJSON's writers with the conventions every memscope JSON document
// keeps: two-space indentation, addresses and pcs as "0x..." strings
// (numbers lose precision above 2^53 in many readers), trace strings fixed
// up to valid UTF-8, null for what is unknown. Also the objects more than
// one document holds: frames, source locations, cycle leaks and
// diagnostics.
//
// JsonWriter streams a pretty-printed document to an llvm::raw_ostream.
// Arrays of millions of objects (the nodes and edges of `memscope graph
// --all`) are written one object per line by lines(): the objects are made
// in order on one thread, rendered by JsonLine writers on every core, and
// written in order.
//
// See also: JsonReport.cpp (`memscope report --json`), GraphReport.cpp
// (`memscope graph`), docs/Analyzer.md (both schemas).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_JSONWRITER_H
#define MEMSCOPE_ANALYZER_JSONWRITER_H

#include "Graph.h"

// SSE2 (every x86-64 has it) lets the writers copy runs of characters that
// need no escape 16 at a time.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"

#include <tbb/parallel_pipeline.h>

#include <memory>

namespace memscope {
namespace analyzer {

/// The values every document writes, for either writer: WriterT is
/// rapidjson::PrettyWriter (JsonWriter) or rapidjson::Writer (JsonLine).
template <typename WriterT> class JsonValues {
protected:
  /// OS null: the text stays in Buffer.
  explicit JsonValues(llvm::raw_ostream *OS) : OS(OS), W(Buffer) {}

  /// Also where the buffered text goes to the stream, a megabyte at a time
  /// (every object has keys).
  void key(const char *Name) {
    if (OS && LLVM_UNLIKELY(Buffer.GetSize() >= (1u << 20)))
      drain();
    W.Key(Name);
  }
  void drain() {
    OS->write(Buffer.GetString(), Buffer.GetSize());
    Buffer.Clear();
  }

  /// Trace strings are bytes; JSON needs UTF-8, so invalid sequences
  /// become U+FFFD.
  void string(llvm::StringRef S);
  void hex(uint64_t Value);

  /// Write() if Present, else null.
  template <typename WriteFn> void orNull(bool Present, WriteFn Write) {
    if (Present)
      Write();
    else
      W.Null();
  }
  /// The "none" ids are null.
  void passport(PassportId Id) {
    orNull(!Id.isNone(), [&] { W.Uint64(Id.value()); });
  }
  /// An empty string or a 0 is null.
  void stringOrNull(llvm::StringRef S) {
    orNull(!S.empty(), [&] { string(S); });
  }
  void uintOrNull(uint32_t Value) {
    orNull(Value, [&] { W.Uint(Value); });
  }
  void uint64OrNull(const std::optional<uint64_t> &Value) {
    orNull(Value.has_value(), [&] { W.Uint64(*Value); });
  }

  void frame(const Frame &F);
  /// {file, line, column, function}, or null.
  void location(const std::optional<SourceLocation> &L);
  void cycle(const GraphCycle &C);
  void diagnostic(const GraphDiagnostic &D);

  llvm::raw_ostream *OS;
  rapidjson::StringBuffer Buffer;
  WriterT W;
};

using PrettyJson = rapidjson::PrettyWriter<rapidjson::StringBuffer>;
using CompactJson = rapidjson::Writer<rapidjson::StringBuffer>;
extern template class JsonValues<PrettyJson>;
extern template class JsonValues<CompactJson>;

/// Values on one line each, kept in memory: derive, write each value with
/// the inherited helpers between begin() and end().
class JsonLine : public JsonValues<CompactJson> {
public:
  JsonLine() : JsonValues(nullptr) {}

  void begin() { W.Reset(Buffer); }
  void end() { Ends.push_back(Buffer.GetSize()); }
  size_t size() const { return Ends.size(); }
  /// The I'th value written.
  llvm::StringRef line(size_t I) const {
    size_t Begin = I ? Ends[I - 1] : 0;
    return llvm::StringRef(Buffer.GetString() + Begin, Ends[I] - Begin);
  }

private:
  std::vector<size_t> Ends;
};

class JsonWriter : public JsonValues<PrettyJson> {
public:
  explicit JsonWriter(llvm::raw_ostream &OS);

  /// Ends the document with a newline and flushes it.
  void finish();

protected:
  /// A value already in JSON (valid, on one line), written whole where the
  /// writer would put the next value.
  void rawValue(llvm::StringRef Json, rapidjson::Type Type) {
    if (LLVM_UNLIKELY(Buffer.GetSize() >= (1u << 20)))
      drain();
    W.RawValue("", 0, Type); // the separator and indentation only
    memcpy(Buffer.Push(Json.size()), Json.data(), Json.size());
  }

  /// The elements of the array being written, one object per line: Next(I)
  /// fills I with the next item and says whether there was one; it is
  /// called in order, on one thread at a time, so it may fill caches.
  /// Render(Line, I) writes item I to a line writer NewLine() made (a
  /// std::unique_ptr to a JsonLine); it runs on several threads at once,
  /// so it only reads.
  template <typename ItemT, typename NewLineFn, typename NextFn,
            typename RenderFn>
  void lines(NewLineFn NewLine, NextFn Next, RenderFn Render) {
    struct Chunk {
      std::vector<ItemT> Items;
      decltype(NewLine()) Out;
    };
    constexpr size_t kChunkItems = 512;
    using ChunkPtr = std::shared_ptr<Chunk>;
    tbb::parallel_pipeline(
        /*max_number_of_live_tokens=*/16,
        tbb::make_filter<void, ChunkPtr>(
            tbb::filter_mode::serial_in_order,
            [&](tbb::flow_control &Control) {
              auto C = std::make_shared<Chunk>();
              C->Items.reserve(kChunkItems);
              ItemT Item;
              while (C->Items.size() < kChunkItems && Next(Item))
                C->Items.push_back(std::move(Item));
              if (C->Items.empty())
                Control.stop();
              return C;
            }) &
            tbb::make_filter<ChunkPtr, ChunkPtr>(tbb::filter_mode::parallel,
                                                 [&](ChunkPtr C) {
                                                   C->Out = NewLine();
                                                   for (const ItemT &Item :
                                                        C->Items)
                                                     Render(*C->Out, Item);
                                                   C->Items.clear();
                                                   return C;
                                                 }) &
            tbb::make_filter<ChunkPtr, void>(
                tbb::filter_mode::serial_in_order, [&](ChunkPtr C) {
                  for (size_t I = 0; I < C->Out->size(); ++I)
                    rawValue(C->Out->line(I), rapidjson::kObjectType);
                }));
  }
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_JSONWRITER_H
