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

#include "rapidjson/prettywriter.h"

namespace memscope {
namespace analyzer {

/// RapidJSON's output-stream concept on top of an llvm::raw_ostream. The
/// writer puts one character at a time: they gather in a buffer of the
/// adapter's own, which goes to the stream when full, on Flush and at the
/// end, so nothing else may write to OS while a document is written.
class RawOStreamAdapter {
public:
  using Ch = char;
  explicit RawOStreamAdapter(llvm::raw_ostream &OS) : OS(OS) {}
  RawOStreamAdapter(const RawOStreamAdapter &) = delete;
  ~RawOStreamAdapter() { drain(); }
  void Put(char C) {
    if (LLVM_UNLIKELY(Used == sizeof(Buffer)))
      drain();
    Buffer[Used++] = C;
  }
  void Flush() {
    drain();
    OS.flush();
  }
  void write(llvm::StringRef S) {
    if (Used + S.size() > sizeof(Buffer))
      drain();
    if (S.size() > sizeof(Buffer)) {
      OS.write(S.data(), S.size());
      return;
    }
    memcpy(Buffer + Used, S.data(), S.size());
    Used += S.size();
  }

private:
  void drain() {
    OS.write(Buffer, Used);
    Used = 0;
  }

  llvm::raw_ostream &OS;
  size_t Used = 0;
  char Buffer[1 << 16];
};


class JsonWriter {
public:
  explicit JsonWriter(llvm::raw_ostream &OS);

  /// Ends the document with a newline and flushes it.
  void finish();

protected:
  void key(const char *Name) { W.Key(Name); }
  /// Trace strings are bytes; JSON needs UTF-8, so invalid sequences
  /// become U+FFFD.
  void string(llvm::StringRef S);
  void hex(uint64_t Value);
  /// A value already in JSON (valid, on one line), written whole where the
  /// writer would put the next value.
  void rawValue(llvm::StringRef Json, rapidjson::Type Type) {
    W.RawValue("", 0, Type); // the separator and indentation only
    Stream.write(Json);
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

  RawOStreamAdapter Stream;
  rapidjson::PrettyWriter<RawOStreamAdapter> W;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_JSONWRITER_H
