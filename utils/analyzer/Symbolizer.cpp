//===- utils/analyzer/Symbolizer.cpp - pcs to functions and lines ---------===//
//
// A pc is looked up in the most recently recorded module whose ranges hold
// it, and symbolised as (module path, pc - BaseAddress) by LLVM's
// LLVMSymbolizer. A module whose binary cannot be read, or whose file has
// another build id than the trace recorded, is reported once and its pcs
// print as (module+0xoffset); a pc in no module prints as is.
//
// See also: Symbolizer.h, TraceReader.h (ModuleInfo), docs/Analyzer.md.
//===----------------------------------------------------------------------===//
#include "Symbolizer.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/DebugInfo/DIContext.h"
#include "llvm/DebugInfo/Symbolize/Symbolize.h"
#include "llvm/Object/BuildID.h"
#include "llvm/Object/ObjectFile.h"

namespace memscope {
namespace analyzer {

namespace {

/// The symbolizer says "<invalid>" for what it does not know.
std::string known(const std::string &Value) {
  return Value == llvm::DILineInfo::BadString ? std::string() : Value;
}

} // namespace

// LLVMSymbolizer's defaults are what reports want: demangled names,
// absolute file paths, the symbol table when there is no debug information.
// Separate debug files are found by build id in the system's debug
// directory (/usr/lib/debug/.build-id/, where distributions install them),
// as llvm-symbolizer and the runtime's own reports find them.
Symbolizer::Symbolizer(const Trace &T)
    : T(T), Impl(std::make_unique<llvm::symbolize::LLVMSymbolizer>()) {
  Impl->setBuildIDFetcher(std::make_unique<llvm::object::BuildIDFetcher>(
      std::vector<std::string>()));
}

Symbolizer::~Symbolizer() = default;

const ModuleInfo *Symbolizer::findModule(uint64_t Pc) const {
  // Later records win: a range reused after dlclose/dlopen belongs to the
  // module loaded last.
  for (auto It = T.Modules.rbegin(), E = T.Modules.rend(); It != E; ++It)
    for (const ModuleRange &R : It->Ranges)
      if (R.Beg <= Pc && Pc < R.End)
        return &*It;
  return nullptr;
}

namespace {

/// "0123abcd..." for a build id.
std::string buildIdText(llvm::ArrayRef<uint8_t> Id) {
  std::string Text;
  for (uint8_t Byte : Id) {
    Text += llvm::hexdigit(Byte >> 4, /*LowerCase=*/true);
    Text += llvm::hexdigit(Byte & 0xf, /*LowerCase=*/true);
  }
  return Text;
}

} // namespace

bool Symbolizer::sameBuild(const ModuleInfo &M) {
  // Nothing to compare against: trust the file, as before build ids.
  if (M.BuildId.empty())
    return true;
  auto [It, New] = SameBuild.try_emplace(M.Path, true);
  if (!New)
    return It->second;
  llvm::Expected<llvm::object::OwningBinary<llvm::object::ObjectFile>> File =
      llvm::object::ObjectFile::createObjectFile(M.Path);
  if (!File) {
    // The symbolizer says why it cannot read the file.
    llvm::consumeError(File.takeError());
    return true;
  }
  llvm::object::BuildIDRef OnDisk = llvm::object::getBuildID(File->getBinary());
  if (OnDisk.empty() || llvm::ArrayRef<uint8_t>(M.BuildId) == OnDisk)
    return true;
  It->second = false;
  Warnings.push_back(M.Path + " has changed since the trace was written " +
                     "(build id " + buildIdText(OnDisk) +
                     " != " + buildIdText(M.BuildId) +
                     "): its frames are shown as module+offset");
  return false;
}

std::vector<Frame> Symbolizer::lookUp(uint64_t LookupPc) {
  Frame Raw;
  Raw.Pc = LookupPc;
  const ModuleInfo *M = findModule(LookupPc);
  if (!M)
    return {Raw};
  Raw.Module = M->Path.empty() ? "<unnamed module>" : M->Path;
  Raw.ModuleOffset = LookupPc - M->BaseAddress;
  if (M->Path.empty() || FailedModules.count(M->Path) || !sameBuild(*M))
    return {Raw};

  llvm::Expected<llvm::DIInliningInfo> Info = Impl->symbolizeInlinedCode(
      M->Path,
      {Raw.ModuleOffset, llvm::object::SectionedAddress::UndefSection});
  if (!Info) {
    FailedModules.insert(M->Path);
    Warnings.push_back("cannot symbolise pcs in '" + M->Path +
                       "': " + llvm::toString(Info.takeError()));
    return {Raw};
  }

  std::vector<Frame> Frames;
  uint32_t Count = Info->getNumberOfFrames();
  for (uint32_t I = 0; I < Count; ++I) {
    const llvm::DILineInfo &Line = Info->getFrame(I);
    Frame F = Raw;
    F.Function = known(Line.FunctionName);
    F.File = known(Line.FileName);
    F.Line = Line.Line;
    F.Column = Line.Column;
    F.Inlined = I + 1 < Count;
    Frames.push_back(std::move(F));
  }
  if (Frames.empty())
    Frames.push_back(Raw);
  return Frames;
}

const std::vector<Frame> &Symbolizer::cached(uint64_t LookupPc) {
  auto It = Cache.find(LookupPc);
  if (It == Cache.end())
    It = Cache.emplace(LookupPc, lookUp(LookupPc)).first;
  return It->second;
}

const std::vector<Frame> &Symbolizer::framesAt(uint64_t Pc) {
  return cached(Pc > 0 ? Pc - 1 : Pc);
}

const std::vector<Frame> &Symbolizer::framesAtEntry(uint64_t Pc) {
  return cached(Pc);
}

std::vector<Frame> Symbolizer::symbolizeStack(llvm::ArrayRef<uint64_t> Pcs) {
  std::vector<Frame> Frames;
  for (uint64_t Pc : Pcs) {
    const std::vector<Frame> &AtPc = framesAt(Pc);
    Frames.insert(Frames.end(), AtPc.begin(), AtPc.end());
  }
  return Frames;
}

} // namespace analyzer
} // namespace memscope
