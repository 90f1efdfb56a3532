//===- memscope_termination.cpp - the trace outlives the process ----------===//
//
// A recorded process leaves a trace readable to its last event however it
// ends, wherever the runtime can see the end coming:
//   - exit() and the return from main close the trace from an atexit
//     handler, and a report that stops the process from the die callback
//     (memscope_trace.cpp); SEGV and the other signals sanitizer_common
//     reports (handle_segv) are Error records (memscope_rtl.cpp);
//   - signals whose default action kills the process (SIGTERM, SIGINT,
//     SIGHUP, SIGQUIT, SIGABRT from abort() and assert(), SIGPIPE, ...): while
//     recording, wherever the program left the default action, a handler
//     writes the trace's tail and an End record naming the signal, then lets
//     the signal kill the process as it would have. The program does not see
//     it: sigaction() and signal() report SIG_DFL for it, and a handler the
//     program installs replaces it;
//   - _exit() and _Exit(): the trace is closed with the status;
//   - the exec family: what is buffered is written, with an Exec record, before
//     the image is replaced (the descriptor is close-on-exec).
// A vfork child shares its parent's memory and leaves the trace alone.
// SIGKILL cannot be caught: what the periodic flush (trace_flush_ms) wrote is
// what remains.
//
// See also: memscope_trace.h (TraceFinish, TraceBeforeExec),
// test/Runtime/trace/ (killed.c, exit.c, exec.c).
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"
#include "memscope_globals.h"
#include "memscope_interceptors.h"
#include "memscope_internal.h"
#include "memscope_trace.h"

#include "interception/interception.h"
#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_stacktrace.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>

using namespace memscope;

DECLARE_REAL(int, sigaction, int, const struct sigaction *, struct sigaction *)

namespace {

using SignalHandler = void (*)(int);

// The signals whose default action terminates the process and that a
// process can catch; core-dumping ones included.
constexpr int kFatalSignals[] = {SIGHUP,  SIGINT,    SIGQUIT, SIGABRT, SIGPIPE,
                                 SIGALRM, SIGTERM,   SIGUSR1, SIGUSR2, SIGXCPU,
                                 SIGXFSZ, SIGVTALRM, SIGPROF, SIGSYS,  SIGPWR};

// Signals on which memscope's handler is installed in the program's place
// (the program believes the default action is there).
atomic_uint8_t Ours[65];

bool IsOurs(int Signal) {
  return Signal > 0 && Signal <= 64 && atomic_load_relaxed(&Ours[Signal]);
}
void SetOurs(int Signal, bool Value) {
  atomic_store_relaxed(&Ours[Signal], Value);
}

void OnFatalSignal(int Signal) {
  if (TraceIsThisProcess())
    TraceFinish(TraceEnd::Signal, -1, Signal);
  // Die as the signal would have killed the process: default action, then
  // the signal again, unblocked.
  struct sigaction Default = {};
  Default.sa_handler = SIG_DFL;
  REAL(sigaction)(Signal, &Default, nullptr);
  SetOurs(Signal, false);
  sigset_t Unblock;
  sigemptyset(&Unblock);
  sigaddset(&Unblock, Signal);
  pthread_sigmask(SIG_UNBLOCK, &Unblock, nullptr);
  raise(Signal);
}

// What the program is told is installed where memscope's handler is.
void FakeDefault(struct sigaction *Old) {
  internal_memset(Old, 0, sizeof(*Old));
  Old->sa_handler = SIG_DFL;
}

} // namespace

// --- signal dispositions -------------------------------------------------------

namespace {

bool Takes(int Signal) {
  if (!TraceActive || GetHandleSignalMode(Signal) != kHandleSignalNo ||
      Signal == flags()->leak_check_signal)
    return false;
  for (int S : kFatalSignals)
    if (S == Signal)
      return true;
  return false;
}

// Puts memscope's handler where the default action is asked for.
int InstallOurs(int Signal, struct sigaction *Old) {
  struct sigaction Handler = {};
  Handler.sa_handler = OnFatalSignal;
  Handler.sa_flags = SA_RESTART;
  sigfillset(&Handler.sa_mask);
  bool WasOurs = IsOurs(Signal);
  int Result = REAL(sigaction)(Signal, &Handler, Old);
  if (Result == 0) {
    SetOurs(Signal, true);
    if (Old && WasOurs)
      FakeDefault(Old);
  }
  return Result;
}

bool AsksDefault(const struct sigaction *Act) {
  return !(Act->sa_flags & SA_SIGINFO) && Act->sa_handler == SIG_DFL;
}

} // namespace

INTERCEPTOR(int, sigaction, int Signal, const struct sigaction *Act,
            struct sigaction *Old) {
  // What the program hands over and asks back, as Valgrind checks them.
  if (MemscopeInited && Act)
    MEMSCOPE_READ_RANGE("sigaction", Act, sizeof(*Act));
  if (MemscopeInited && Old)
    MEMSCOPE_WRITE_RANGE("sigaction", Old, sizeof(*Old));
  // handle_*=2 (or allow_user_segv_handler=0): the report's handler stays;
  // the program is told it succeeded, and what it asked is answered.
  if (Act && GetHandleSignalMode(Signal) == kHandleSignalExclusive) {
    if (!Old)
      return 0;
    Act = nullptr;
  }
  if (Act && AsksDefault(Act) && Takes(Signal))
    return InstallOurs(Signal, Old);
  bool WasOurs = IsOurs(Signal);
  int Result = REAL(sigaction)(Signal, Act, Old);
  if (Result == 0 && WasOurs) {
    if (Act)
      SetOurs(Signal, false);
    if (Old)
      FakeDefault(Old);
  }
  return Result;
}

// sanitizer_common's own handlers (the deadly signals' reports) are
// installed past the interceptor, which handle_*=2 would make refuse them.
namespace __sanitizer {
int real_sigaction(int Signal, const void *Act, void *Old) {
  return REAL(sigaction)(Signal, static_cast<const struct sigaction *>(Act),
                         static_cast<struct sigaction *>(Old));
}
} // namespace __sanitizer

INTERCEPTOR(SignalHandler, signal, int Signal, SignalHandler Handler) {
  if (GetHandleSignalMode(Signal) == kHandleSignalExclusive)
    return SIG_DFL; // as in sigaction: the report's handler stays
  if (Handler == SIG_DFL && Takes(Signal)) {
    struct sigaction Old;
    if (InstallOurs(Signal, &Old) != 0)
      return SIG_ERR;
    return (Old.sa_flags & SA_SIGINFO)
               ? reinterpret_cast<SignalHandler>(Old.sa_sigaction)
               : Old.sa_handler;
  }
  bool WasOurs = IsOurs(Signal);
  SignalHandler Result = REAL(signal)(Signal, Handler);
  if (Result != SIG_ERR && WasOurs) {
    SetOurs(Signal, false);
    Result = SIG_DFL;
  }
  return Result;
}

// --- exit and _exit ---------------------------------------------------------------

// The status reaches the End record, which the atexit handler writes; the
// leak check learns which frames exit() leaves suspended.
INTERCEPTOR(void, exit, int Status) {
  // The suspended frames' values kept in registers are then in memory the
  // exit check scans.
  MEMSCOPE_NOTE_EXIT_HERE();
  // exit() from a dynamic initializer: the destructors of what was built
  // may read any global.
  StopInitOrderChecking();
  TraceSetExitCode(Status);
  TraceHeapSnapshot(trace::SnapshotWhy::MainReturn);
  REAL(exit)(Status);
}

INTERCEPTOR(void, _exit, int Status) {
  if (TraceIsThisProcess())
    TraceFinish(TraceEnd::QuickExit, Status, 0);
  REAL(_exit)(Status);
}

INTERCEPTOR(void, _Exit, int Status) {
  if (TraceIsThisProcess())
    TraceFinish(TraceEnd::QuickExit, Status, 0);
  REAL(_Exit)(Status);
}

// --- the exec family ---------------------------------------------------------
// glibc's execvp, execl and friends reach execve inside libc, where no
// interposition sees it, so each is intercepted. The l-forms gather their
// arguments and go through the v-forms. What the kernel reads is checked
// first, as Valgrind checks it: the path, and each argument and environment
// string with the array's slots up to its null one.

namespace {
void CheckStringArray(const char *Name, char *const *Array) {
  for (char *const *Slot = Array; Slot; ++Slot) {
    MEMSCOPE_READ_RANGE(Name, Slot, sizeof(*Slot));
    if (!*Slot)
      break;
    MEMSCOPE_READ_RANGE(Name, *Slot, internal_strlen(*Slot) + 1);
  }
}

void CheckExecArgs(const char *Name, const char *Path, char *const *Argv,
                   char *const *Envp) {
  if (!MemscopeInited)
    return;
  if (Path)
    MEMSCOPE_READ_RANGE(Name, Path, internal_strlen(Path) + 1);
  CheckStringArray(Name, Argv);
  CheckStringArray(Name, Envp);
}
} // namespace

INTERCEPTOR(int, execve, const char *Path, char *const Argv[],
            char *const Envp[]) {
  CheckExecArgs("execve", Path, Argv, Envp);
  TraceBeforeExec(Path);
  return REAL(execve)(Path, Argv, Envp);
}

INTERCEPTOR(int, execv, const char *Path, char *const Argv[]) {
  CheckExecArgs("execv", Path, Argv, nullptr);
  TraceBeforeExec(Path);
  return REAL(execv)(Path, Argv);
}

INTERCEPTOR(int, execvp, const char *File, char *const Argv[]) {
  CheckExecArgs("execvp", File, Argv, nullptr);
  TraceBeforeExec(File);
  return REAL(execvp)(File, Argv);
}

INTERCEPTOR(int, execvpe, const char *File, char *const Argv[],
            char *const Envp[]) {
  CheckExecArgs("execvpe", File, Argv, Envp);
  TraceBeforeExec(File);
  return REAL(execvpe)(File, Argv, Envp);
}

INTERCEPTOR(int, fexecve, int Fd, char *const Argv[], char *const Envp[]) {
  CheckExecArgs("fexecve", nullptr, Argv, Envp);
  TraceBeforeExec("<fexecve>");
  return REAL(fexecve)(Fd, Argv, Envp);
}

// As the exec family's, and the file actions and attributes the child
// applies (glibc's posix_spawn_file_actions_t, 80 bytes, and
// posix_spawnattr_t, 336); the child's id, once it runs.
#define MEMSCOPE_SPAWN_INTERCEPTOR(Name)                                       \
  INTERCEPTOR(int, Name, int *Pid, const char *Path, const void *Actions,      \
              const void *Attr, char *const Argv[], char *const Envp[]) {      \
    CheckExecArgs(#Name, Path, Argv, Envp);                                    \
    if (MemscopeInited && Actions)                                             \
      MEMSCOPE_READ_RANGE(#Name, Actions, 80);                                 \
    if (MemscopeInited && Attr)                                                \
      MEMSCOPE_READ_RANGE(#Name, Attr, 336);                                   \
    int Result = REAL(Name)(Pid, Path, Actions, Attr, Argv, Envp);             \
    if (MemscopeInited && Result == 0 && Pid)                                  \
      MEMSCOPE_WRITE_RANGE(#Name, Pid, sizeof(*Pid));                          \
    return Result;                                                             \
  }
MEMSCOPE_SPAWN_INTERCEPTOR(posix_spawn)
MEMSCOPE_SPAWN_INTERCEPTOR(posix_spawnp)
#undef MEMSCOPE_SPAWN_INTERCEPTOR

namespace {
// The l-forms' arguments, up to a null pointer. ARG_MAX bounds what the
// kernel accepts anyway; more than this many is refused as E2BIG would be.
constexpr int kMaxExecArgs = 4096;

// False, with errno E2BIG, when there are more than kMaxExecArgs.
bool GatherArgs(const char *First, va_list &Args, char **Argv) {
  int N = 0;
  Argv[N++] = const_cast<char *>(First);
  while (Argv[N - 1]) {
    if (N == kMaxExecArgs) {
      errno = E2BIG;
      return false;
    }
    Argv[N++] = va_arg(Args, char *);
  }
  return true;
}
} // namespace

INTERCEPTOR(int, execl, const char *Path, const char *Arg, ...) {
  char *Argv[kMaxExecArgs];
  va_list Args;
  va_start(Args, Arg);
  bool Fits = GatherArgs(Arg, Args, Argv);
  va_end(Args);
  if (!Fits)
    return -1;
  CheckExecArgs("execl", Path, Argv, nullptr);
  TraceBeforeExec(Path);
  return REAL(execv)(Path, Argv);
}

INTERCEPTOR(int, execlp, const char *File, const char *Arg, ...) {
  char *Argv[kMaxExecArgs];
  va_list Args;
  va_start(Args, Arg);
  bool Fits = GatherArgs(Arg, Args, Argv);
  va_end(Args);
  if (!Fits)
    return -1;
  CheckExecArgs("execlp", File, Argv, nullptr);
  TraceBeforeExec(File);
  return REAL(execvp)(File, Argv);
}

INTERCEPTOR(int, execle, const char *Path, const char *Arg, ...) {
  char *Argv[kMaxExecArgs];
  va_list Args;
  va_start(Args, Arg);
  bool Fits = GatherArgs(Arg, Args, Argv);
  char *const *Envp = Fits ? va_arg(Args, char *const *) : nullptr;
  va_end(Args);
  if (!Fits)
    return -1;
  CheckExecArgs("execle", Path, Argv, Envp);
  TraceBeforeExec(Path);
  return REAL(execve)(Path, Argv, Envp);
}

namespace memscope {

void InitializeTerminationInterceptors() {
  INTERCEPT_FUNCTION(sigaction);
  INTERCEPT_FUNCTION(signal);
  INTERCEPT_FUNCTION(exit);
  INTERCEPT_FUNCTION(_exit);
  INTERCEPT_FUNCTION(_Exit);
  INTERCEPT_FUNCTION(execve);
  INTERCEPT_FUNCTION(posix_spawn);
  INTERCEPT_FUNCTION(posix_spawnp);
  INTERCEPT_FUNCTION(execv);
  INTERCEPT_FUNCTION(execvp);
  INTERCEPT_FUNCTION(execvpe);
  INTERCEPT_FUNCTION(fexecve);
  INTERCEPT_FUNCTION(execl);
  INTERCEPT_FUNCTION(execlp);
  INTERCEPT_FUNCTION(execle);
}

void InstallTraceSignalHandlers() {
  for (int Signal : kFatalSignals) {
    struct sigaction Current;
    if (!Takes(Signal) || REAL(sigaction)(Signal, nullptr, &Current) != 0 ||
        !AsksDefault(&Current))
      continue; // the program's (or ignored): not ours to change
    InstallOurs(Signal, nullptr);
  }
}

} // namespace memscope
