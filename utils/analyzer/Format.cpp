//===- utils/analyzer/Format.cpp - text shared by the front ends ----------===//
//
// See Format.h.
//===----------------------------------------------------------------------===//
#include "Format.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

namespace memscope {
namespace analyzer {

std::string hexText(uint64_t Value) {
  return "0x" + llvm::utohexstr(Value, /*LowerCase=*/true);
}

std::string shellQuote(llvm::StringRef Arg) {
  bool Plain = !Arg.empty() && llvm::all_of(Arg, [](char C) {
    return llvm::isAlnum(C) || llvm::StringRef("_./=:,+-@%").contains(C);
  });
  if (Plain)
    return Arg.str();
  std::string Out = "'";
  for (char C : Arg)
    Out += C == '\'' ? std::string("'\\''") : std::string(1, C);
  return Out + "'";
}

std::string commandText(llvm::ArrayRef<std::string> Args) {
  std::string Text;
  for (const std::string &Arg : Args)
    Text += (Text.empty() ? "" : " ") + shellQuote(Arg);
  return Text.empty() ? "(no process record)" : Text;
}

int usageError(const llvm::Twine &Message) {
  llvm::errs() << "memscope: error: " << Message
               << " (see 'memscope --help')\n";
  return 1;
}

std::string shortFrameText(const Frame &F) {
  if (!F.File.empty())
    return llvm::sys::path::filename(F.File).str() + ":" +
           std::to_string(F.Line);
  if (!F.Function.empty())
    return F.Function;
  if (F.hasModule())
    return "(" + llvm::sys::path::filename(F.Module).str() + "+" +
           hexText(F.ModuleOffset) + ")";
  return hexText(F.Pc);
}

std::string whereText(const std::optional<Frame> &F) {
  if (!F)
    return "an unknown place";
  if (!F->File.empty())
    return llvm::sys::path::filename(F->File).str() + ":" +
           std::to_string(F->Line) +
           (F->Function.empty() ? "" : " in " + F->Function);
  if (!F->Function.empty())
    return F->Function;
  return F->hasModule() ? F->Module + "+" + hexText(F->ModuleOffset)
                        : hexText(F->Pc);
}

} // namespace analyzer
} // namespace memscope
