//===- utils/analyzer/Record.cpp - `memscope record` -----------------------===//
//
// Recording is switched on through the environment, which every child
// inherits: MEMSCOPE_OPTIONS gains `trace=1:trace_dir=DIR` (after the
// user's own options, so it wins; `trace_path` is cleared, since one path
// for many processes cannot work). The runtime of each instrumented process
// then writes DIR/<program>.<pid>.trace, a file of its own. The command
// runs in the foreground: Ctrl-C reaches it from the terminal, and a
// SIGTERM or SIGHUP sent to `memscope record` is passed on to it.
//
// See also: Record.h, runtime/memscope_trace.cpp (OpenTraceFile).
//===----------------------------------------------------------------------===//
#include "Record.h"

#include "Cargo.h"
#include "Format.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace memscope {
namespace analyzer {

namespace {

constexpr int kExitCannotRun = 2;

pid_t Child = -1;

void passOn(int Signal) {
  if (Child > 0)
    kill(Child, Signal);
}

} // namespace

llvm::StringSet<> listEntries(llvm::StringRef Dir) {
  llvm::StringSet<> Names;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    Names.insert(llvm::sys::path::filename(It->path()));
  return Names;
}

std::vector<std::string> newTraces(llvm::StringRef Dir,
                                   const llvm::StringSet<> &Before) {
  std::vector<std::string> New;
  for (const auto &Name : listEntries(Dir))
    if (Name.getKey().ends_with(".trace") && !Before.contains(Name.getKey()))
      New.push_back(Name.getKey().str());
  llvm::sort(New);
  return New;
}

bool recordingOptions(llvm::StringRef Dir, std::string &Options) {
  if (Dir.contains('"')) {
    llvm::errs() << "memscope: error: the trace directory '" << Dir
                 << "' contains '\"', which MEMSCOPE_OPTIONS cannot quote\n";
    return false;
  }
  if (const char *Old = std::getenv("MEMSCOPE_OPTIONS"))
    Options = Old;
  if (!Options.empty())
    Options += ':';
  Options += "trace=1:trace_path=:trace_dir=\"" + Dir.str() + "\"";
  return true;
}

int runCommand(llvm::ArrayRef<const char *> Command,
               const std::string &Options) {
  std::vector<char *> Argv;
  for (const char *A : Command)
    Argv.push_back(const_cast<char *>(A));
  Argv.push_back(nullptr);

  // The terminal's Ctrl-C and Ctrl-\ are the command's to handle; this
  // process only waits for it.
  struct sigaction Ignore = {}, OldInt, OldQuit, Forward = {}, OldTerm, OldHup;
  Ignore.sa_handler = SIG_IGN;
  Forward.sa_handler = passOn;
  sigaction(SIGINT, &Ignore, &OldInt);
  sigaction(SIGQUIT, &Ignore, &OldQuit);
  sigaction(SIGTERM, &Forward, &OldTerm);
  sigaction(SIGHUP, &Forward, &OldHup);

  Child = fork();
  if (Child == 0) {
    sigaction(SIGINT, &OldInt, nullptr);
    sigaction(SIGQUIT, &OldQuit, nullptr);
    sigaction(SIGTERM, &OldTerm, nullptr);
    sigaction(SIGHUP, &OldHup, nullptr);
    setenv("MEMSCOPE_OPTIONS", Options.c_str(), /*overwrite=*/1);
    std::string CargoError;
    if (isCargo(Argv[0]) && !prepareCargoEnvironment(CargoError)) {
      llvm::errs() << "memscope: error: " << CargoError << "\n";
      llvm::errs().flush();
      _exit(126);
    }
    execvp(Argv[0], Argv.data());
    int Err = errno;
    llvm::errs() << "memscope: error: cannot run '" << Argv[0]
                 << "': " << std::strerror(Err) << "\n";
    llvm::errs().flush();
    _exit(Err == ENOENT ? 127 : 126);
  }
  if (Child < 0) {
    llvm::errs() << "memscope: error: cannot start a process: "
                 << std::strerror(errno) << "\n";
    return -1;
  }
  int Status = 0;
  while (waitpid(Child, &Status, 0) < 0 && errno == EINTR)
    ;
  sigaction(SIGINT, &OldInt, nullptr);
  sigaction(SIGQUIT, &OldQuit, nullptr);
  sigaction(SIGTERM, &OldTerm, nullptr);
  sigaction(SIGHUP, &OldHup, nullptr);
  if (WIFSIGNALED(Status))
    return 128 + WTERMSIG(Status);
  return WEXITSTATUS(Status);
}

int runRecord(llvm::ArrayRef<const char *> Args) {
  std::optional<std::string> Dir;
  size_t I = 0;
  for (; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg == "--") {
      ++I;
      break;
    }
    if (!Arg.starts_with("-"))
      break;
    if (Arg == "-o" || Arg == "--output") {
      if (I + 1 == Args.size() || llvm::StringRef(Args[I + 1]).empty())
        return usageError(Arg + " needs a directory");
      Dir = Args[++I];
    } else if (Arg.consume_front("-o=") || Arg.consume_front("--output=")) {
      if (Arg.empty())
        return usageError("-o needs a directory");
      Dir = Arg.str();
    } else if (Arg == "-h" || Arg == "--help") {
      llvm::outs() << "USAGE: memscope record [-o DIR] [--] COMMAND [ARGS...]\n"
                   << "See 'memscope --help'.\n";
      return 0;
    } else {
      return usageError("unknown option '" + Arg + "' for 'record'");
    }
  }
  llvm::ArrayRef<const char *> Command = Args.drop_front(I);
  if (Command.empty())
    return usageError("record needs a command to run");

  // The default directory is new: memscope.<command>.<pid of this process>.
  bool MadeDefault = false;
  if (!Dir) {
    Dir = ("memscope." + llvm::sys::path::filename(Command.front()) + "." +
           llvm::Twine(getpid()))
              .str();
    MadeDefault = true;
  }
  llvm::SmallString<256> Abs(*Dir);
  if (std::error_code EC = llvm::sys::fs::make_absolute(Abs)) {
    llvm::errs() << "memscope: error: cannot use '" << *Dir
                 << "': " << EC.message() << "\n";
    return kExitCannotRun;
  }
  if (std::error_code EC = llvm::sys::fs::create_directories(Abs)) {
    llvm::errs() << "memscope: error: cannot create the trace directory '"
                 << *Dir << "': " << EC.message() << "\n";
    return kExitCannotRun;
  }
  std::string Options;
  if (!recordingOptions(Abs, Options))
    return kExitCannotRun;

  llvm::StringSet<> Before = listEntries(Abs);
  int Status = runCommand(Command, Options);
  if (Status < 0)
    return kExitCannotRun;

  std::vector<std::string> New = newTraces(Abs, Before);
  llvm::raw_ostream &OS = llvm::errs();
  OS << "memscope record: ";
  if (New.empty()) {
    OS << "no trace was written: '" << Command.front()
       << "' and the programs it ran were not built with "
          "-fsanitize=memscope\n";
    if (MadeDefault)
      llvm::sys::fs::remove(Abs); // only if still empty
    return Status;
  }
  OS << New.size() << (New.size() == 1 ? " trace" : " traces") << " in "
     << *Dir << "/:";
  constexpr size_t kListed = 10;
  for (size_t K = 0; K < New.size() && K < kListed; ++K)
    OS << " " << New[K];
  if (New.size() > kListed)
    OS << " and " << New.size() - kListed << " more";
  OS << " (memscope report " << *Dir << ")\n";
  return Status;
}

} // namespace analyzer
} // namespace memscope
