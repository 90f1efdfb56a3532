//===- utils/analyzer/Symbolizer.h - pcs to functions and lines -*- C++ -*-===//
//
// Offline symbolisation: the trace records raw pcs and the modules loaded in
// the process; this finds the module that held each pc and asks LLVM's
// symbolizer (the library behind llvm-symbolizer) for the function, file,
// line and column, inlined calls included. Results are cached per pc.
//
// Every pc of a runtime stack points just after a call (frame 0 is the
// return address of the runtime's check or interceptor), so each is looked
// up one byte earlier, inside the call instruction, as sanitizer_common and
// the runtime's own reports do; otherwise a call at the end of a line, an
// inlined body or a function symbolises to what follows it. A function's
// address (the callee of a Foreign passport event) is looked up as it is:
// one byte earlier is the end of the function before it.
//
// A module whose file on disk has another build id than the trace recorded
// (the binary was rebuilt after the run) is not symbolised: its frames are
// shown as module+offset, with one warning naming it.
//
// See also: TraceReader.h (ModuleInfo), runtime/memscope_stack.cpp (what the
// runtime records), docs/Analyzer.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_SYMBOLIZER_H
#define MEMSCOPE_ANALYZER_SYMBOLIZER_H

#include "Trace.h"

#include "llvm/ADT/StringSet.h"

#include <memory>
#include <unordered_map>

namespace llvm {
namespace symbolize {
class LLVMSymbolizer;
} // namespace symbolize
} // namespace llvm

namespace memscope {
namespace analyzer {

/// One frame of a symbolised stack. Function and File are empty when the
/// debug information (or the binary) does not say.
struct Frame {
  /// The pc looked up: one less than the recorded one (what the runtime's
  /// reports print too); a function's entry itself (framesAtEntry).
  uint64_t Pc = 0;
  std::string Function;
  std::string File;
  uint32_t Line = 0;
  uint32_t Column = 0;
  std::string Module; // empty if no module contains the pc
  uint64_t ModuleOffset = 0;
  bool Inlined = false; // inlined into the frame that follows it

  bool hasModule() const { return !Module.empty(); }
};

class Symbolizer {
public:
  explicit Symbolizer(const Trace &T);
  ~Symbolizer();

  /// The frames for one recorded pc: one, or more when calls were inlined
  /// there (innermost first).
  std::vector<Frame> symbolize(uint64_t Pc) { return framesAt(Pc); }
  /// The same, without a copy: valid as long as the Symbolizer.
  const std::vector<Frame> &framesAt(uint64_t Pc);
  /// The frames at a function's entry (a callee's address, not a return
  /// address): Pc itself is looked up.
  const std::vector<Frame> &framesAtEntry(uint64_t Pc);

  /// Every frame of a stack, inlined frames expanded.
  std::vector<Frame> symbolizeStack(llvm::ArrayRef<uint64_t> Pcs);

  /// One line per module whose binary could not be read, with the reason.
  const std::vector<std::string> &warnings() const { return Warnings; }

private:
  const ModuleInfo *findModule(uint64_t Pc) const;
  /// False (and a warning, once) when the module's file on disk has
  /// another build id than the trace recorded: the binary was rebuilt after
  /// the run, and its symbols would be wrong.
  bool sameBuild(const ModuleInfo &M);
  std::vector<Frame> lookUp(uint64_t LookupPc);
  const std::vector<Frame> &cached(uint64_t LookupPc);

  const Trace &T;
  std::unique_ptr<llvm::symbolize::LLVMSymbolizer> Impl;
  /// Keyed by the looked-up pc (any 64-bit value, so not a DenseMap).
  std::unordered_map<uint64_t, std::vector<Frame>> Cache;
  llvm::StringSet<> FailedModules;
  /// Module path -> whether its build id matches the trace's.
  llvm::StringMap<bool> SameBuild;
  std::vector<std::string> Warnings;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_SYMBOLIZER_H
