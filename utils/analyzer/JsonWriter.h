//===- utils/analyzer/JsonWriter.h - JSON shared by the front ends -*- C++ -*-//
//
// RapidJSON's PrettyWriter streamed to an llvm::raw_ostream, with the
// conventions every memscope JSON document keeps: two-space indentation,
// addresses and pcs as "0x..." strings (numbers lose precision above 2^53
// in many readers), trace strings fixed up to valid UTF-8, null for what is
// unknown. Also the objects more than one document holds: frames, source
// locations, cycle leaks and diagnostics.
//
// See also: JsonReport.cpp (`memscope report --json`), GraphReport.cpp
// (`memscope graph`), docs/Analyzer.md (both schemas).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_JSONWRITER_H
#define MEMSCOPE_ANALYZER_JSONWRITER_H

#include "Graph.h"

// SSE2 (every x86-64 has it) lets the writer copy runs of characters that
// need no escape 16 at a time.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"

namespace memscope {
namespace analyzer {

class JsonWriter {
public:
  explicit JsonWriter(llvm::raw_ostream &OS);

  /// Ends the document with a newline and flushes it.
  void finish();

protected:
  /// Also where the buffered text goes to the stream, a megabyte at a time
  /// (every object has keys).
  void key(const char *Name) {
    if (LLVM_UNLIKELY(Buffer.GetSize() >= (1u << 20)))
      drain();
    W.Key(Name);
  }
  /// Trace strings are bytes; JSON needs UTF-8, so invalid sequences
  /// become U+FFFD.
  void string(llvm::StringRef S);
  void hex(uint64_t Value);
  /// A value already in JSON (valid, on one line), written whole where the
  /// writer would put the next value.
  void rawValue(llvm::StringRef Json, rapidjson::Type Type) {
    if (LLVM_UNLIKELY(Buffer.GetSize() >= (1u << 20)))
      drain();
    W.RawValue("", 0, Type); // the separator and indentation only
    memcpy(Buffer.Push(Json.size()), Json.data(), Json.size());
  }

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
  void stringOrNull(const std::string &S) {
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

  void drain() {
    OS.write(Buffer.GetString(), Buffer.GetSize());
    Buffer.Clear();
  }

  llvm::raw_ostream &OS;
  rapidjson::StringBuffer Buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> W;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_JSONWRITER_H
