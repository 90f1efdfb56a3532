//===- utils/analyzer/Cargo.cpp - cargo, built through memscope-rustc -----===//
//
// See Cargo.h. memscope-rustc sits next to this executable (bin/), as the
// C drivers do. The workspace's target directory comes from `cargo
// locate-project --workspace`, run once before the command.
//===----------------------------------------------------------------------===//
#include "Cargo.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace memscope {
namespace analyzer {

namespace {

/// bin/memscope-rustc beside this executable, or "" if absent.
std::string wrapperPath() {
  std::string Self = llvm::sys::fs::getMainExecutable(
      nullptr, reinterpret_cast<void *>(&wrapperPath));
  llvm::SmallString<256> Path(llvm::sys::path::parent_path(Self));
  llvm::sys::path::append(Path, "memscope-rustc");
  return llvm::sys::fs::can_execute(Path) ? std::string(Path) : std::string();
}

/// The lines a shell command prints on its standard output (none if it
/// cannot be run).
std::vector<std::string> outputLines(const std::string &Command) {
  std::vector<std::string> Lines;
  FILE *Pipe = popen(Command.c_str(), "r");
  if (!Pipe)
    return Lines;
  char Line[4096];
  while (fgets(Line, sizeof Line, Pipe))
    Lines.push_back(llvm::StringRef(Line).rtrim("\n").str());
  pclose(Pipe);
  return Lines;
}

/// The workspace root cargo would build in this directory, or "".
std::string workspaceRoot() {
  std::vector<std::string> Lines = outputLines(
      "cargo locate-project --workspace --message-format plain 2>/dev/null");
  return Lines.empty() || Lines[0].empty()
             ? std::string()
             : std::string(llvm::sys::path::parent_path(Lines[0]));
}

/// The triple rustc builds for by default ("x86_64-unknown-linux-gnu"), or
/// "".
std::string hostTriple() {
  const char *Rustc = getenv("RUSTC");
  for (llvm::StringRef Line :
       outputLines(std::string(Rustc ? Rustc : "rustc") + " -vV 2>/dev/null"))
    if (Line.consume_front("host: "))
      return Line.str();
  return "";
}

} // namespace

bool isCargo(llvm::StringRef Program) {
  llvm::StringRef Name = llvm::sys::path::filename(Program);
  return Name == "cargo" || Name.starts_with("cargo-") ||
         Name.starts_with("cargo+");
}

bool prepareCargoEnvironment(std::string &Error) {
  std::string Wrapper = wrapperPath();
  if (Wrapper.empty()) {
    Error = "memscope-rustc is missing next to the memscope executable";
    return false;
  }
  const char *Existing = getenv("RUSTC_WRAPPER");
  if (Existing && *Existing && llvm::StringRef(Existing) != Wrapper &&
      llvm::sys::path::filename(Existing) != "memscope-rustc") {
    Error = std::string("RUSTC_WRAPPER is already set (to '") + Existing +
            "'); memscope needs it for memscope-rustc";
    return false;
  }
  setenv("RUSTC_WRAPPER", Wrapper.c_str(), /*overwrite=*/1);
  // Build scripts, procedural macros and the crates they use run inside
  // the build, without memscope's runtime: they must not be instrumented,
  // even where the program uses the same crates. Cargo builds them apart
  // only for an explicit target, whose crates it gives rustc a --target:
  // memscope-rustc instruments just those (MEMSCOPE_RUSTC_TARGET_ONLY).
  if (!getenv("CARGO_BUILD_TARGET")) {
    std::string Host = hostTriple();
    if (!Host.empty())
      setenv("CARGO_BUILD_TARGET", Host.c_str(), 1);
  }
  setenv("MEMSCOPE_RUSTC_TARGET_ONLY", "1", 1);
  // Doctests: rustdoc compiles and links them itself, with the crate's
  // instrumented library, which needs the runtime (as memscope-rustc links
  // it into executables).
  llvm::SmallString<256> Lib(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(Wrapper)));
  llvm::sys::path::append(Lib, "lib");
  llvm::SmallString<256> Runtime(Lib), Exports(Lib);
  llvm::sys::path::append(Runtime, "libmemscope_rt.a");
  llvm::sys::path::append(Exports, "libmemscope_rt.syms");
  if (llvm::sys::fs::exists(Runtime) && llvm::sys::fs::exists(Exports)) {
    std::string Flags = getenv("RUSTDOCFLAGS") ? getenv("RUSTDOCFLAGS") : "";
    if (!Flags.empty())
      Flags += " ";
    Flags += "-C link-arg=-Wl,--whole-archive -C link-arg=" +
             std::string(Runtime) +
             " -C link-arg=-Wl,--no-whole-archive -C link-arg=-Wl,--dynamic-list=" +
             std::string(Exports) +
             " -C link-arg=-Wl,--push-state,--no-as-needed,-lresolv,--pop-state";
    setenv("RUSTDOCFLAGS", Flags.c_str(), 1);
  }
  if (!getenv("CARGO_TARGET_DIR") && !getenv("CARGO_BUILD_TARGET_DIR")) {
    std::string Root = workspaceRoot();
    if (!Root.empty()) {
      llvm::SmallString<256> Target(Root);
      llvm::sys::path::append(Target, "target", "memscope");
      setenv("CARGO_TARGET_DIR", Target.c_str(), 1);
    }
  }
  return true;
}

int runCargo(llvm::ArrayRef<const char *> Args) {
  std::string Error;
  if (!prepareCargoEnvironment(Error)) {
    llvm::errs() << "memscope: error: " << Error << "\n";
    return 2;
  }
  std::vector<const char *> Argv = {"cargo"};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  Argv.push_back(nullptr);
  execvp("cargo", const_cast<char *const *>(Argv.data()));
  int Err = errno;
  llvm::errs() << "memscope: error: cannot run 'cargo': " << std::strerror(Err)
               << "\n";
  return Err == ENOENT ? 127 : 2;
}

} // namespace analyzer
} // namespace memscope
