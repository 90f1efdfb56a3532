//===- memscope_interceptors_system.cpp - more calls only Valgrind checked ===//
//
// A second set of C library calls whose errors Valgrind reports (from its
// system call checks or inside libc) and ASan does not: I/O vectors and
// file offsets, System V IPC and POSIX message queues, asynchronous I/O,
// terminals, option parsing, the search tables, the random generators'
// states, time adjustment, locale and message catalogues, mount points.
// Each checks what the call reads or writes of the program's memory,
// before the call where the kernel or libc reads it, after the call where
// its result says how much it wrote (as sanitizer_common's read and recv do).
// Structure sizes are glibc's on x86-64. Only functions of libc.so.6 are
// intercepted: an interceptor defines its function in the program, which
// then links without the library that has the real one (inet_net_pton's
// libresolv), and fails when called.
//
// See also: memscope_interceptors_extra.cpp (the first set),
// test/Runtime/libc/system-calls.c.
//===----------------------------------------------------------------------===//
#include "memscope_interceptors.h"

#include <stdarg.h>

using namespace memscope;
using namespace __sanitizer;

namespace {
struct IoVector {
  void *Base;
  uptr Len;
};

// The buffers of a vector the call filled (Read: it read them) with Done
// bytes, in order.
void CheckVectorBuffers(const char *Name, const IoVector *Iov, int Count,
                        uptr Done, bool Read) {
  for (int I = 0; I < Count && Done; ++I) {
    uptr Part = Min(Iov[I].Len, Done);
    MEMSCOPE_CHECK_RANGE(Name, Iov[I].Base, Part, !Read);
    Done -= Part;
  }
}

constexpr uptr kOffsetSize = 8;      // off_t, loff_t
constexpr uptr kTimespecSize = 16;   // struct timespec
constexpr uptr kTimevalSize = 16;    // struct timeval
constexpr uptr kSigsetSize = 8;      // the kernel's sigset
constexpr uptr kTimexSize = 208;     // struct timex
constexpr uptr kMqAttrSize = 64;     // struct mq_attr
constexpr uptr kSigeventSize = 64;   // struct sigevent
constexpr uptr kAiocbSize = 168;     // struct aiocb, struct aiocb64
constexpr uptr kTermiosSize = 60;    // struct termios
constexpr uptr kWinsizeSize = 8;     // struct winsize
constexpr uptr kSiginfoSize = 128;   // siginfo_t
constexpr uptr kUtmpSize = 384;      // struct utmp
constexpr uptr kMntentSize = 40;     // struct mntent
constexpr uptr kHsearchDataSize = 16; // struct hsearch_data
constexpr uptr kRandomDataSize = 48; // struct random_data
constexpr uptr kDrand48DataSize = 24; // struct drand48_data
constexpr uptr kWordexpSize = 24;    // wordexp_t
constexpr uptr kDlInfoSize = 32;     // Dl_info
constexpr uptr kTreeNodeSize = 24;   // tsearch's node: key, left, right
constexpr uptr kDirentNameOffset = 19; // struct dirent's d_name
} // namespace

// --- I/O vectors and file offsets -----------------------------------------------
//
// The vector is read whole before the call (sanitizer_common reads only the
// buffers, and those only after it); the buffers as far as the call went.

#define MEMSCOPE_VECTOR_INTERCEPTOR(Name, Read, ...)                           \
  INTERCEPTOR(sptr, Name, int Fd, const IoVector *Iov,                         \
              int Count __VA_OPT__(, ) __VA_ARGS__) {                          \
    if (MemscopeInited && Count > 0)                                           \
      MEMSCOPE_READ_RANGE(#Name, Iov, Count * sizeof(*Iov));                   \
    sptr Done = REAL(Name)(Fd, Iov, Count __VA_OPT__(, MEMSCOPE_VECTOR_ARGS)); \
    if (MemscopeInited && Done > 0)                                            \
      CheckVectorBuffers(#Name, Iov, Count, Done, Read);                       \
    return Done;                                                               \
  }
#define MEMSCOPE_VECTOR_ARGS Offset
MEMSCOPE_VECTOR_INTERCEPTOR(readv, false)
MEMSCOPE_VECTOR_INTERCEPTOR(writev, true)
MEMSCOPE_VECTOR_INTERCEPTOR(preadv, false, s64 Offset)
MEMSCOPE_VECTOR_INTERCEPTOR(pwritev, true, s64 Offset)
MEMSCOPE_VECTOR_INTERCEPTOR(preadv64, false, s64 Offset)
MEMSCOPE_VECTOR_INTERCEPTOR(pwritev64, true, s64 Offset)
#undef MEMSCOPE_VECTOR_ARGS
#define MEMSCOPE_VECTOR_ARGS Offset, Flags
MEMSCOPE_VECTOR_INTERCEPTOR(preadv2, false, s64 Offset, int Flags)
MEMSCOPE_VECTOR_INTERCEPTOR(pwritev2, true, s64 Offset, int Flags)
#undef MEMSCOPE_VECTOR_ARGS
#undef MEMSCOPE_VECTOR_INTERCEPTOR

// The program's pages go into a pipe: the vector and each buffer, whole.
INTERCEPTOR(sptr, vmsplice, int Fd, const IoVector *Iov, uptr Count,
            unsigned Flags) {
  if (MemscopeInited && Count) {
    MEMSCOPE_READ_RANGE("vmsplice", Iov, Count * sizeof(*Iov));
    for (uptr I = 0; I < Count; ++I)
      MEMSCOPE_READ_RANGE("vmsplice", Iov[I].Base, Iov[I].Len);
  }
  return REAL(vmsplice)(Fd, Iov, Count, Flags);
}

// An offset the kernel reads and advances.
#define MEMSCOPE_SENDFILE_INTERCEPTOR(Name)                                    \
  INTERCEPTOR(sptr, Name, int Out, int In, s64 *Offset, uptr Count) {          \
    MEMSCOPE_WRITE_IF(#Name, Offset, kOffsetSize);                             \
    return REAL(Name)(Out, In, Offset, Count);                                 \
  }
MEMSCOPE_SENDFILE_INTERCEPTOR(sendfile)
MEMSCOPE_SENDFILE_INTERCEPTOR(sendfile64)
#undef MEMSCOPE_SENDFILE_INTERCEPTOR

#define MEMSCOPE_TWO_OFFSETS_INTERCEPTOR(Ret, Name)                            \
  INTERCEPTOR(Ret, Name, int In, s64 *InOffset, int Out, s64 *OutOffset,       \
              uptr Count, unsigned Flags) {                                    \
    MEMSCOPE_WRITE_IF(#Name, InOffset, kOffsetSize);                           \
    MEMSCOPE_WRITE_IF(#Name, OutOffset, kOffsetSize);                          \
    return REAL(Name)(In, InOffset, Out, OutOffset, Count, Flags);             \
  }
MEMSCOPE_TWO_OFFSETS_INTERCEPTOR(sptr, splice)
MEMSCOPE_TWO_OFFSETS_INTERCEPTOR(sptr, copy_file_range)
#undef MEMSCOPE_TWO_OFFSETS_INTERCEPTOR

// What the directory read filled, of the buffer offered, and the position.
INTERCEPTOR(sptr, getdirentries, int Fd, char *Buf, uptr Size, s64 *Base) {
  MEMSCOPE_WRITE_IF("getdirentries", Buf, Size);
  MEMSCOPE_WRITE_IF("getdirentries", Base, kOffsetSize);
  return REAL(getdirentries)(Fd, Buf, Size, Base);
}

INTERCEPTOR(int, futimes, int Fd, const void *Times) {
  MEMSCOPE_READ_IF("futimes", Times, 2 * kTimevalSize);
  return REAL(futimes)(Fd, Times);
}

// --- System V IPC --------------------------------------------------------------
//
// (sanitizer_common checks msgsnd's and msgrcv's messages.)

namespace {
// The structure a control command reads (Read) or fills, and its size; 0
// for a command that takes none.
uptr IpcControlSize(const char *Name, int Cmd, bool *Read) {
  constexpr int kSet = 1, kStat = 2, kInfo = 3;
  constexpr int kMsgStat = 11, kMsgInfo = 12, kMsgStatAny = 13;
  constexpr int kSemStat = 18, kSemInfo = 19, kSemStatAny = 20;
  bool Msg = Name[0] == 'm';
  *Read = Cmd == kSet;
  if (Cmd == kSet || Cmd == kStat)
    return Msg ? 120 : 104; // struct msqid_ds, struct semid_ds
  if (Msg && (Cmd == kMsgStat || Cmd == kMsgStatAny))
    return 120;
  if (!Msg && (Cmd == kSemStat || Cmd == kSemStatAny))
    return 104;
  if (Cmd == kInfo || (Msg ? Cmd == kMsgInfo : Cmd == kSemInfo))
    return Msg ? 32 : 40; // struct msginfo, struct seminfo
  return 0;
}
} // namespace

INTERCEPTOR(int, msgctl, int Id, int Cmd, void *Buf) {
  bool Read;
  if (uptr Size = IpcControlSize("msgctl", Cmd, &Read))
    if (MemscopeInited && Buf)
      MEMSCOPE_CHECK_RANGE("msgctl", Buf, Size, !Read);
  return REAL(msgctl)(Id, Cmd, Buf);
}

// The fourth argument, where the command takes one, is a union semun: a
// pointer to the structure (the value and array forms are not checked).
INTERCEPTOR(int, semctl, int Id, int Num, int Cmd, ...) {
  va_list Args;
  va_start(Args, Cmd);
  void *Arg = va_arg(Args, void *);
  va_end(Args);
  bool Read;
  if (uptr Size = IpcControlSize("semctl", Cmd, &Read))
    if (MemscopeInited && Arg)
      MEMSCOPE_CHECK_RANGE("semctl", Arg, Size, !Read);
  return REAL(semctl)(Id, Num, Cmd, Arg);
}

// The operations, six bytes each (struct sembuf).
INTERCEPTOR(int, semop, int Id, void *Ops, uptr Count) {
  MEMSCOPE_READ_IF("semop", Ops, Count * 6);
  return REAL(semop)(Id, Ops, Count);
}

INTERCEPTOR(int, semtimedop, int Id, void *Ops, uptr Count,
            const void *Timeout) {
  MEMSCOPE_READ_IF("semtimedop", Ops, Count * 6);
  MEMSCOPE_READ_IF("semtimedop", Timeout, kTimespecSize);
  return REAL(semtimedop)(Id, Ops, Count, Timeout);
}

// --- POSIX message queues ------------------------------------------------------

// The name; with O_CREAT, the mode and the attributes when given.
INTERCEPTOR(int, mq_open, const char *Name, int Flags, ...) {
  constexpr int kCreate = 0100;
  unsigned Mode = 0;
  void *Attr = nullptr;
  if (Flags & kCreate) {
    va_list Args;
    va_start(Args, Flags);
    Mode = va_arg(Args, unsigned);
    Attr = va_arg(Args, void *);
    va_end(Args);
  }
  MEMSCOPE_READ_C_STRING("mq_open", Name);
  MEMSCOPE_READ_IF("mq_open", Attr, kMqAttrSize);
  return REAL(mq_open)(Name, Flags, Mode, Attr);
}

INTERCEPTOR(int, mq_unlink, const char *Name) {
  MEMSCOPE_READ_C_STRING("mq_unlink", Name);
  return REAL(mq_unlink)(Name);
}

INTERCEPTOR(int, mq_send, int Queue, const char *Msg, uptr Size,
            unsigned Priority) {
  MEMSCOPE_READ_IF("mq_send", Msg, Size);
  return REAL(mq_send)(Queue, Msg, Size, Priority);
}

INTERCEPTOR(int, mq_timedsend, int Queue, const char *Msg, uptr Size,
            unsigned Priority, const void *Timeout) {
  MEMSCOPE_READ_IF("mq_timedsend", Msg, Size);
  MEMSCOPE_READ_IF("mq_timedsend", Timeout, kTimespecSize);
  return REAL(mq_timedsend)(Queue, Msg, Size, Priority, Timeout);
}

// The message as long as it was, and its priority.
#define MEMSCOPE_CHECK_RECEIVED(Name, Msg, Got, Priority)                      \
  do {                                                                         \
    if ((Got) >= 0) {                                                          \
      MEMSCOPE_WRITE_IF(Name, Msg, static_cast<uptr>(Got));                    \
      MEMSCOPE_WRITE_IF(Name, Priority, sizeof(*(Priority)));                  \
    }                                                                          \
  } while (0)

INTERCEPTOR(sptr, mq_receive, int Queue, char *Msg, uptr Size,
            unsigned *Priority) {
  sptr Got = REAL(mq_receive)(Queue, Msg, Size, Priority);
  MEMSCOPE_CHECK_RECEIVED("mq_receive", Msg, Got, Priority);
  return Got;
}

INTERCEPTOR(sptr, mq_timedreceive, int Queue, char *Msg, uptr Size,
            unsigned *Priority, const void *Timeout) {
  MEMSCOPE_READ_IF("mq_timedreceive", Timeout, kTimespecSize);
  sptr Got = REAL(mq_timedreceive)(Queue, Msg, Size, Priority, Timeout);
  MEMSCOPE_CHECK_RECEIVED("mq_timedreceive", Msg, Got, Priority);
  return Got;
}
#undef MEMSCOPE_CHECK_RECEIVED

INTERCEPTOR(int, mq_getattr, int Queue, void *Attr) {
  MEMSCOPE_WRITE_IF("mq_getattr", Attr, kMqAttrSize);
  return REAL(mq_getattr)(Queue, Attr);
}

INTERCEPTOR(int, mq_setattr, int Queue, const void *New, void *Old) {
  MEMSCOPE_READ_IF("mq_setattr", New, kMqAttrSize);
  MEMSCOPE_WRITE_IF("mq_setattr", Old, kMqAttrSize);
  return REAL(mq_setattr)(Queue, New, Old);
}

INTERCEPTOR(int, mq_notify, int Queue, const void *Event) {
  MEMSCOPE_READ_IF("mq_notify", Event, kSigeventSize);
  return REAL(mq_notify)(Queue, Event);
}

// --- asynchronous I/O -------------------------------------------------------------
//
// The control block, read when the request is made and at each later call
// about it; the buffer, checked when the request is made (libc's helper
// thread reads or fills it later, out of any interceptor's sight).

namespace {
struct Aiocb {
  int Fd;
  int Opcode; // LIO_READ 0, LIO_WRITE 1, LIO_NOP 2
  int Priority;
  volatile void *Buf;
  uptr Bytes;
};
constexpr int kLioRead = 0, kLioWrite = 1;
} // namespace

#define MEMSCOPE_CHECK_REQUEST(Name, Cb, Opcode)                               \
  do {                                                                         \
    MEMSCOPE_READ_RANGE(Name, Cb, kAiocbSize);                                 \
    if ((Opcode) == kLioRead || (Opcode) == kLioWrite)                         \
      MEMSCOPE_CHECK_RANGE(Name, const_cast<void *>((Cb)->Buf), (Cb)->Bytes,   \
                           (Opcode) == kLioRead);                              \
  } while (0)

#define MEMSCOPE_AIO_REQUEST_INTERCEPTOR(Name, Opcode)                         \
  INTERCEPTOR(int, Name, Aiocb *Cb) {                                          \
    if (MemscopeInited && Cb)                                                  \
      MEMSCOPE_CHECK_REQUEST(#Name, Cb, Opcode);                               \
    return REAL(Name)(Cb);                                                     \
  }
MEMSCOPE_AIO_REQUEST_INTERCEPTOR(aio_read, kLioRead)
MEMSCOPE_AIO_REQUEST_INTERCEPTOR(aio_write, kLioWrite)
MEMSCOPE_AIO_REQUEST_INTERCEPTOR(aio_read64, kLioRead)
MEMSCOPE_AIO_REQUEST_INTERCEPTOR(aio_write64, kLioWrite)
#undef MEMSCOPE_AIO_REQUEST_INTERCEPTOR

#define MEMSCOPE_AIO_STATUS_INTERCEPTOR(Ret, Name)                             \
  INTERCEPTOR(Ret, Name, const Aiocb *Cb) {                                    \
    MEMSCOPE_READ_IF(#Name, Cb, kAiocbSize);                                   \
    return REAL(Name)(Cb);                                                     \
  }
MEMSCOPE_AIO_STATUS_INTERCEPTOR(int, aio_error)
MEMSCOPE_AIO_STATUS_INTERCEPTOR(sptr, aio_return)
MEMSCOPE_AIO_STATUS_INTERCEPTOR(int, aio_error64)
MEMSCOPE_AIO_STATUS_INTERCEPTOR(sptr, aio_return64)
#undef MEMSCOPE_AIO_STATUS_INTERCEPTOR

#define MEMSCOPE_AIO_CANCEL_INTERCEPTOR(Name)                                  \
  INTERCEPTOR(int, Name, int Fd, Aiocb *Cb) {                                  \
    MEMSCOPE_READ_IF(#Name, Cb, kAiocbSize);                                   \
    return REAL(Name)(Fd, Cb);                                                 \
  }
MEMSCOPE_AIO_CANCEL_INTERCEPTOR(aio_cancel)
MEMSCOPE_AIO_CANCEL_INTERCEPTOR(aio_cancel64)
#undef MEMSCOPE_AIO_CANCEL_INTERCEPTOR

#define MEMSCOPE_AIO_FSYNC_INTERCEPTOR(Name)                                   \
  INTERCEPTOR(int, Name, int Op, Aiocb *Cb) {                                  \
    MEMSCOPE_READ_IF(#Name, Cb, kAiocbSize);                                   \
    return REAL(Name)(Op, Cb);                                                 \
  }
MEMSCOPE_AIO_FSYNC_INTERCEPTOR(aio_fsync)
MEMSCOPE_AIO_FSYNC_INTERCEPTOR(aio_fsync64)
#undef MEMSCOPE_AIO_FSYNC_INTERCEPTOR

// The list, each control block on it, the timeout.
#define MEMSCOPE_AIO_SUSPEND_INTERCEPTOR(Name)                                 \
  INTERCEPTOR(int, Name, const Aiocb *const *List, int Count,                  \
              const void *Timeout) {                                           \
    if (MemscopeInited && List && Count > 0) {                                 \
      MEMSCOPE_READ_RANGE(#Name, List, Count * sizeof(*List));                 \
      for (int I = 0; I < Count; ++I)                                          \
        MEMSCOPE_READ_IF(#Name, List[I], kAiocbSize);                          \
    }                                                                          \
    MEMSCOPE_READ_IF(#Name, Timeout, kTimespecSize);                           \
    return REAL(Name)(List, Count, Timeout);                                   \
  }
MEMSCOPE_AIO_SUSPEND_INTERCEPTOR(aio_suspend)
MEMSCOPE_AIO_SUSPEND_INTERCEPTOR(aio_suspend64)
#undef MEMSCOPE_AIO_SUSPEND_INTERCEPTOR

// Each request on the list, by its own opcode; the notification.
#define MEMSCOPE_LIO_LISTIO_INTERCEPTOR(Name)                                  \
  INTERCEPTOR(int, Name, int Mode, Aiocb *const *List, int Count,              \
              void *Event) {                                                   \
    if (MemscopeInited && List && Count > 0) {                                 \
      MEMSCOPE_READ_RANGE(#Name, List, Count * sizeof(*List));                 \
      for (int I = 0; I < Count; ++I)                                          \
        if (const Aiocb *Cb = List[I])                                         \
          MEMSCOPE_CHECK_REQUEST(#Name, Cb, Cb->Opcode);                       \
    }                                                                          \
    MEMSCOPE_READ_IF(#Name, Event, kSigeventSize);                             \
    return REAL(Name)(Mode, List, Count, Event);                               \
  }
MEMSCOPE_LIO_LISTIO_INTERCEPTOR(lio_listio)
MEMSCOPE_LIO_LISTIO_INTERCEPTOR(lio_listio64)
#undef MEMSCOPE_LIO_LISTIO_INTERCEPTOR
#undef MEMSCOPE_CHECK_REQUEST

// The events the kernel may fill (12 bytes each, packed) and the mask it
// reads, as epoll_wait's (memscope_interceptors_extra.cpp).
INTERCEPTOR(int, epoll_pwait, int Epfd, void *Events, int MaxEvents,
            int Timeout, const void *Mask) {
  if (MaxEvents > 0)
    MEMSCOPE_WRITE_IF("epoll_pwait", Events, static_cast<uptr>(MaxEvents) * 12);
  MEMSCOPE_READ_IF("epoll_pwait", Mask, kSigsetSize);
  return REAL(epoll_pwait)(Epfd, Events, MaxEvents, Timeout, Mask);
}

// --- spawning ------------------------------------------------------------------------
//
// glibc's posix_spawn_file_actions_t (80 bytes) and posix_spawnattr_t
// (336), which each call reads or fills whole; a path an action opens;
// what a getter stores. posix_spawn itself: memscope_termination.cpp.

constexpr uptr kSpawnActionsSize = 80, kSpawnAttrSize = 336;

#define MEMSCOPE_SPAWN_OBJECT_INTERCEPTOR(Name, Size)                          \
  INTERCEPTOR(int, Name, void *Object) {                                       \
    MEMSCOPE_WRITE_IF(#Name, Object, Size);                                    \
    return REAL(Name)(Object);                                                 \
  }
MEMSCOPE_SPAWN_OBJECT_INTERCEPTOR(posix_spawn_file_actions_init,
                                  kSpawnActionsSize)
MEMSCOPE_SPAWN_OBJECT_INTERCEPTOR(posix_spawn_file_actions_destroy,
                                  kSpawnActionsSize)
MEMSCOPE_SPAWN_OBJECT_INTERCEPTOR(posix_spawnattr_init, kSpawnAttrSize)
MEMSCOPE_SPAWN_OBJECT_INTERCEPTOR(posix_spawnattr_destroy, kSpawnAttrSize)
#undef MEMSCOPE_SPAWN_OBJECT_INTERCEPTOR

#define MEMSCOPE_SPAWN_ACTION_INTERCEPTOR(Name, ...)                           \
  INTERCEPTOR(int, Name, void *Actions __VA_OPT__(, ) __VA_ARGS__) {           \
    MEMSCOPE_WRITE_IF(#Name, Actions, kSpawnActionsSize);                      \
    return REAL(Name)(Actions __VA_OPT__(, MEMSCOPE_SPAWN_ARGS));              \
  }
#define MEMSCOPE_SPAWN_ARGS Fd
MEMSCOPE_SPAWN_ACTION_INTERCEPTOR(posix_spawn_file_actions_addclose, int Fd)
MEMSCOPE_SPAWN_ACTION_INTERCEPTOR(posix_spawn_file_actions_addfchdir_np,
                                  int Fd)
MEMSCOPE_SPAWN_ACTION_INTERCEPTOR(posix_spawn_file_actions_addclosefrom_np,
                                  int Fd)
#undef MEMSCOPE_SPAWN_ARGS
#define MEMSCOPE_SPAWN_ARGS Fd, NewFd
MEMSCOPE_SPAWN_ACTION_INTERCEPTOR(posix_spawn_file_actions_adddup2, int Fd,
                                  int NewFd)
#undef MEMSCOPE_SPAWN_ARGS
#undef MEMSCOPE_SPAWN_ACTION_INTERCEPTOR

INTERCEPTOR(int, posix_spawn_file_actions_addopen, void *Actions, int Fd,
            const char *Path, int Flags, unsigned Mode) {
  MEMSCOPE_WRITE_IF("posix_spawn_file_actions_addopen", Actions,
                    kSpawnActionsSize);
  MEMSCOPE_READ_C_STRING("posix_spawn_file_actions_addopen", Path);
  return REAL(posix_spawn_file_actions_addopen)(Actions, Fd, Path, Flags,
                                                Mode);
}

INTERCEPTOR(int, posix_spawn_file_actions_addchdir_np, void *Actions,
            const char *Path) {
  MEMSCOPE_WRITE_IF("posix_spawn_file_actions_addchdir_np", Actions,
                    kSpawnActionsSize);
  MEMSCOPE_READ_C_STRING("posix_spawn_file_actions_addchdir_np", Path);
  return REAL(posix_spawn_file_actions_addchdir_np)(Actions, Path);
}

// A setter reads its value (a pointer: a signal set of 128 bytes or a
// scheduling parameter); a getter stores one.
#define MEMSCOPE_SPAWNATTR_INTERCEPTOR(Name, ValueT, IsWrite, ValueSize)       \
  INTERCEPTOR(int, Name, void *Attr, ValueT Value) {                           \
    MEMSCOPE_CHECK_IF(#Name, Attr, kSpawnAttrSize, IsWrite == 0);               \
    MEMSCOPE_CHECK_IF(#Name, Value, ValueSize, IsWrite);                       \
    return REAL(Name)(Attr, Value);                                            \
  }
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_getflags, short *, 1,
                               sizeof(short))
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_getpgroup, int *, 1,
                               sizeof(int))
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_getsigmask, void *, 1, 128)
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_getsigdefault, void *, 1, 128)
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_getschedpolicy, int *, 1,
                               sizeof(int))
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_getschedparam, int *, 1,
                               sizeof(int))
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_setsigmask, const void *, 0,
                               128)
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_setsigdefault, const void *, 0,
                               128)
MEMSCOPE_SPAWNATTR_INTERCEPTOR(posix_spawnattr_setschedparam, const int *, 0,
                               sizeof(int))
#undef MEMSCOPE_SPAWNATTR_INTERCEPTOR

#define MEMSCOPE_SPAWNATTR_SETTER_INTERCEPTOR(Name, ValueT)                    \
  INTERCEPTOR(int, Name, void *Attr, ValueT Value) {                           \
    MEMSCOPE_WRITE_IF(#Name, Attr, kSpawnAttrSize);                            \
    return REAL(Name)(Attr, Value);                                            \
  }
MEMSCOPE_SPAWNATTR_SETTER_INTERCEPTOR(posix_spawnattr_setflags, short)
MEMSCOPE_SPAWNATTR_SETTER_INTERCEPTOR(posix_spawnattr_setpgroup, int)
MEMSCOPE_SPAWNATTR_SETTER_INTERCEPTOR(posix_spawnattr_setschedpolicy, int)
#undef MEMSCOPE_SPAWNATTR_SETTER_INTERCEPTOR

// --- terminals ---------------------------------------------------------------------

// The descriptors stored, the settings and size read; the name, once
// written (into a buffer whose size the program does not give).
INTERCEPTOR(int, openpty, int *Master, int *Slave, char *Name,
            const void *Settings, const void *Size) {
  MEMSCOPE_WRITE_IF("openpty", Master, sizeof(*Master));
  MEMSCOPE_WRITE_IF("openpty", Slave, sizeof(*Slave));
  MEMSCOPE_READ_IF("openpty", Settings, kTermiosSize);
  MEMSCOPE_READ_IF("openpty", Size, kWinsizeSize);
  int Result = REAL(openpty)(Master, Slave, Name, Settings, Size);
  if (Result == 0)
    MEMSCOPE_WRITE_IF("openpty", Name, internal_strlen(Name) + 1);
  return Result;
}

INTERCEPTOR(int, forkpty, int *Master, char *Name, const void *Settings,
            const void *Size) {
  MEMSCOPE_WRITE_IF("forkpty", Master, sizeof(*Master));
  MEMSCOPE_READ_IF("forkpty", Settings, kTermiosSize);
  MEMSCOPE_READ_IF("forkpty", Size, kWinsizeSize);
  int Pid = REAL(forkpty)(Master, Name, Settings, Size);
  if (Pid > 0)
    MEMSCOPE_WRITE_IF("forkpty", Name, internal_strlen(Name) + 1);
  return Pid;
}

// --- option parsing ----------------------------------------------------------------
//
// The argument vector and the option string whole; the argument getopt
// looks at next; the long options up to the all-zero one, and their names.

namespace {
struct LongOption {
  const char *LongName;
  int HasArg;
  int *Flag;
  int Val;
};
} // namespace

extern "C" int optind;

#define MEMSCOPE_CHECK_OPTIONS(Name, Argc, Argv, Options)                      \
  do {                                                                         \
    if (!MemscopeInited)                                                       \
      break;                                                                   \
    if ((Argc) > 0)                                                            \
      MEMSCOPE_READ_RANGE(Name, Argv, (Argc) * sizeof(*(Argv)));               \
    int Next_ = optind > 0 ? optind : 1;                                       \
    if (Next_ < (Argc) && (Argv)[Next_])                                       \
      MEMSCOPE_READ_C_STRING(Name, (Argv)[Next_]);                             \
    MEMSCOPE_READ_C_STRING(Name, Options);                                     \
  } while (0)

INTERCEPTOR(int, getopt, int Argc, char *const *Argv, const char *Options) {
  MEMSCOPE_CHECK_OPTIONS("getopt", Argc, Argv, Options);
  return REAL(getopt)(Argc, Argv, Options);
}

#define MEMSCOPE_GETOPT_LONG_INTERCEPTOR(Name)                                 \
  INTERCEPTOR(int, Name, int Argc, char *const *Argv, const char *Options,     \
              const LongOption *Long, int *Index) {                            \
    MEMSCOPE_CHECK_OPTIONS(#Name, Argc, Argv, Options);                        \
    for (const LongOption *O = Long; MemscopeInited && O; ++O) {               \
      MEMSCOPE_READ_RANGE(#Name, O, sizeof(*O));                               \
      if (!O->LongName)                                                        \
        break;                                                                 \
      MEMSCOPE_READ_C_STRING(#Name, O->LongName);                              \
    }                                                                          \
    return REAL(Name)(Argc, Argv, Options, Long, Index);                       \
  }
MEMSCOPE_GETOPT_LONG_INTERCEPTOR(getopt_long)
MEMSCOPE_GETOPT_LONG_INTERCEPTOR(getopt_long_only)
#undef MEMSCOPE_GETOPT_LONG_INTERCEPTOR
#undef MEMSCOPE_CHECK_OPTIONS

// *Options up to the comma that ends the suboption (which becomes its
// terminator) or whole; each token; the value's slot.
INTERCEPTOR(int, getsubopt, char **Options, char *const *Tokens,
            char **Value) {
  if (MemscopeInited) {
    MEMSCOPE_WRITE_RANGE("getsubopt", Options, sizeof(*Options));
    MEMSCOPE_WRITE_RANGE("getsubopt", Value, sizeof(*Value));
    if (const char *S = *Options) {
      const char *Comma = internal_strchr(S, ',');
      MEMSCOPE_READ_RANGE("getsubopt", S,
                          Comma ? Comma - S + 1 : internal_strlen(S) + 1);
    }
    for (char *const *T = Tokens;; ++T) {
      MEMSCOPE_READ_RANGE("getsubopt", T, sizeof(*T));
      if (!*T)
        break;
      MEMSCOPE_READ_C_STRING("getsubopt", *T);
    }
  }
  return REAL(getsubopt)(Options, Tokens, Value);
}

// --- search tables ----------------------------------------------------------------

INTERCEPTOR(int, hcreate_r, uptr Count, void *Table) {
  MEMSCOPE_WRITE_IF("hcreate_r", Table, kHsearchDataSize);
  return REAL(hcreate_r)(Count, Table);
}

INTERCEPTOR(void, hdestroy_r, void *Table) {
  MEMSCOPE_WRITE_IF("hdestroy_r", Table, kHsearchDataSize);
  REAL(hdestroy_r)(Table);
}

// An ENTRY is passed by value: its key string is what the table reads.
namespace {
struct Entry {
  char *Key;
  void *Data;
};
} // namespace

INTERCEPTOR(Entry *, hsearch, Entry Item, int Action) {
  MEMSCOPE_READ_C_STRING("hsearch", Item.Key);
  return REAL(hsearch)(Item, Action);
}

INTERCEPTOR(int, hsearch_r, Entry Item, int Action, Entry **Result,
            void *Table) {
  MEMSCOPE_READ_C_STRING("hsearch_r", Item.Key);
  MEMSCOPE_WRITE_IF("hsearch_r", Result, sizeof(*Result));
  MEMSCOPE_READ_IF("hsearch_r", Table, kHsearchDataSize);
  return REAL(hsearch_r)(Item, Action, Result, Table);
}

// The tree's root slot; the root node twalk starts from (glibc's nodes hold
// the key and two children).
#define MEMSCOPE_TREE_INTERCEPTOR(Name, IsWrite)                               \
  INTERCEPTOR(void *, Name, const void *Key, void **Root,                      \
              int (*Compare)(const void *, const void *)) {                    \
    if (MemscopeInited && Root)                                                \
      MEMSCOPE_CHECK_RANGE(#Name, Root, sizeof(*Root), IsWrite);               \
    return REAL(Name)(Key, Root, Compare);                                     \
  }
MEMSCOPE_TREE_INTERCEPTOR(tsearch, true)
MEMSCOPE_TREE_INTERCEPTOR(tfind, false)
MEMSCOPE_TREE_INTERCEPTOR(tdelete, true)
#undef MEMSCOPE_TREE_INTERCEPTOR

INTERCEPTOR(void, twalk, const void *Root, void (*Action)(const void *, int,
                                                          int)) {
  MEMSCOPE_READ_IF("twalk", Root, kTreeNodeSize);
  REAL(twalk)(Root, Action);
}

INTERCEPTOR(void, twalk_r, const void *Root,
            void (*Action)(const void *, int, void *), void *Closure) {
  MEMSCOPE_READ_IF("twalk_r", Root, kTreeNodeSize);
  REAL(twalk_r)(Root, Action, Closure);
}

INTERCEPTOR(void, tdestroy, void *Root, void (*Free)(void *)) {
  MEMSCOPE_READ_IF("tdestroy", Root, kTreeNodeSize);
  REAL(tdestroy)(Root, Free);
}

// --- the random generators' states ------------------------------------------------
//
// initstate's state array, filled for the N bytes the program gives; the
// array setstate takes back (its first word says its kind); the
// generators' glibc structures.

INTERCEPTOR(char *, initstate, unsigned Seed, char *State, uptr N) {
  MEMSCOPE_WRITE_IF("initstate", State, N);
  return REAL(initstate)(Seed, State, N);
}

INTERCEPTOR(char *, setstate, char *State) {
  MEMSCOPE_WRITE_IF("setstate", State, sizeof(u32));
  return REAL(setstate)(State);
}

INTERCEPTOR(int, initstate_r, unsigned Seed, char *State, uptr N, void *Data) {
  MEMSCOPE_WRITE_IF("initstate_r", State, N);
  MEMSCOPE_WRITE_IF("initstate_r", Data, kRandomDataSize);
  return REAL(initstate_r)(Seed, State, N, Data);
}

INTERCEPTOR(int, setstate_r, char *State, void *Data) {
  MEMSCOPE_WRITE_IF("setstate_r", State, sizeof(u32));
  MEMSCOPE_WRITE_IF("setstate_r", Data, kRandomDataSize);
  return REAL(setstate_r)(State, Data);
}

INTERCEPTOR(int, srandom_r, unsigned Seed, void *Data) {
  MEMSCOPE_WRITE_IF("srandom_r", Data, kRandomDataSize);
  return REAL(srandom_r)(Seed, Data);
}

INTERCEPTOR(int, srand48_r, long Seed, void *Data) {
  MEMSCOPE_WRITE_IF("srand48_r", Data, kDrand48DataSize);
  return REAL(srand48_r)(Seed, Data);
}

INTERCEPTOR(int, seed48_r, unsigned short *Seed, void *Data) {
  MEMSCOPE_READ_IF("seed48_r", Seed, 3 * sizeof(*Seed));
  MEMSCOPE_WRITE_IF("seed48_r", Data, kDrand48DataSize);
  return REAL(seed48_r)(Seed, Data);
}

INTERCEPTOR(int, lcong48_r, unsigned short *Params, void *Data) {
  MEMSCOPE_READ_IF("lcong48_r", Params, 7 * sizeof(*Params));
  MEMSCOPE_WRITE_IF("lcong48_r", Data, kDrand48DataSize);
  return REAL(lcong48_r)(Params, Data);
}

// The number of set bits in a CPU set (CPU_COUNT).
INTERCEPTOR(int, __sched_cpucount, uptr Size, const void *Set) {
  MEMSCOPE_READ_IF("__sched_cpucount", Set, Size);
  return REAL(__sched_cpucount)(Size, Set);
}

// --- time -----------------------------------------------------------------------------

#define MEMSCOPE_TIMEX_INTERCEPTOR(Name, ...)                                  \
  INTERCEPTOR(int, Name, __VA_ARGS__ __VA_OPT__(, ) void *Timex) {             \
    MEMSCOPE_WRITE_IF(#Name, Timex, kTimexSize);                               \
    return REAL(Name)(__VA_OPT__(Clock, ) Timex);                              \
  }
MEMSCOPE_TIMEX_INTERCEPTOR(adjtimex)
MEMSCOPE_TIMEX_INTERCEPTOR(ntp_adjtime)
MEMSCOPE_TIMEX_INTERCEPTOR(clock_adjtime, int Clock)
#undef MEMSCOPE_TIMEX_INTERCEPTOR

INTERCEPTOR(int, adjtime, const void *Delta, void *Old) {
  MEMSCOPE_READ_IF("adjtime", Delta, kTimevalSize);
  MEMSCOPE_WRITE_IF("adjtime", Old, kTimevalSize);
  return REAL(adjtime)(Delta, Old);
}

// struct ntptimeval: a timeval and five longs, four of them reserved
// (glibc's header calls ntp_gettimex for ntp_gettime).
#define MEMSCOPE_NTP_GETTIME_INTERCEPTOR(Name)                                 \
  INTERCEPTOR(int, Name, void *Value) {                                        \
    MEMSCOPE_WRITE_IF(#Name, Value, 72);                                       \
    return REAL(Name)(Value);                                                  \
  }
MEMSCOPE_NTP_GETTIME_INTERCEPTOR(ntp_gettime)
MEMSCOPE_NTP_GETTIME_INTERCEPTOR(ntp_gettimex)
#undef MEMSCOPE_NTP_GETTIME_INTERCEPTOR

// timelocal normalises the time it converts, as mktime does.
INTERCEPTOR(long, timelocal, void *Time) {
  MEMSCOPE_WRITE_IF("timelocal", Time, sizeof(__sanitizer_tm));
  return REAL(timelocal)(Time);
}

// --- names and paths --------------------------------------------------------------

#define MEMSCOPE_NAME_INTERCEPTOR(Ret, Name)                                   \
  INTERCEPTOR(Ret, Name, const char *S) {                                      \
    MEMSCOPE_READ_C_STRING(#Name, S);                                          \
    return REAL(Name)(S);                                                      \
  }
MEMSCOPE_NAME_INTERCEPTOR(int, system)
MEMSCOPE_NAME_INTERCEPTOR(char *, textdomain)
MEMSCOPE_NAME_INTERCEPTOR(int, utmpname)
MEMSCOPE_NAME_INTERCEPTOR(int, acct)
MEMSCOPE_NAME_INTERCEPTOR(int, umount)
MEMSCOPE_NAME_INTERCEPTOR(int, rpmatch)
MEMSCOPE_NAME_INTERCEPTOR(void *, sgetspent)
#undef MEMSCOPE_NAME_INTERCEPTOR

#define MEMSCOPE_NAME_VALUE_INTERCEPTOR(Ret, Name, ValueT)                     \
  INTERCEPTOR(Ret, Name, const char *S, ValueT Value) {                        \
    MEMSCOPE_READ_C_STRING(#Name, S);                                          \
    return REAL(Name)(S, Value);                                               \
  }
MEMSCOPE_NAME_VALUE_INTERCEPTOR(long, pathconf, int)
MEMSCOPE_NAME_VALUE_INTERCEPTOR(void *, catopen, int)
MEMSCOPE_NAME_VALUE_INTERCEPTOR(int, umount2, int)
#undef MEMSCOPE_NAME_VALUE_INTERCEPTOR

#define MEMSCOPE_TWO_NAMES_INTERCEPTOR(Ret, Name)                              \
  INTERCEPTOR(Ret, Name, const char *A, const char *B) {                       \
    MEMSCOPE_READ_C_STRING(#Name, A);                                          \
    MEMSCOPE_READ_C_STRING(#Name, B);                                          \
    return REAL(Name)(A, B);                                                   \
  }
MEMSCOPE_TWO_NAMES_INTERCEPTOR(char *, bindtextdomain)
MEMSCOPE_TWO_NAMES_INTERCEPTOR(char *, bind_textdomain_codeset)
MEMSCOPE_TWO_NAMES_INTERCEPTOR(void *, iconv_open)
MEMSCOPE_TWO_NAMES_INTERCEPTOR(void *, setmntent)
MEMSCOPE_TWO_NAMES_INTERCEPTOR(int, removexattr)
MEMSCOPE_TWO_NAMES_INTERCEPTOR(int, lremovexattr)
#undef MEMSCOPE_TWO_NAMES_INTERCEPTOR

INTERCEPTOR(int, fremovexattr, int Fd, const char *Attr) {
  MEMSCOPE_READ_C_STRING("fremovexattr", Attr);
  return REAL(fremovexattr)(Fd, Attr);
}

INTERCEPTOR(void *, newlocale, int Mask, const char *Locale, void *Base) {
  MEMSCOPE_READ_C_STRING("newlocale", Locale);
  return REAL(newlocale)(Mask, Locale, Base);
}

// The entry's option list, and the option looked for.
namespace {
struct Mntent {
  char *FsName, *Dir, *Type, *Opts;
  int Freq, PassNo;
};
} // namespace

INTERCEPTOR(char *, hasmntopt, const Mntent *Entry, const char *Opt) {
  if (MemscopeInited && Entry) {
    MEMSCOPE_READ_RANGE("hasmntopt", Entry, kMntentSize);
    MEMSCOPE_READ_C_STRING("hasmntopt", Entry->Opts);
  }
  MEMSCOPE_READ_C_STRING("hasmntopt", Opt);
  return REAL(hasmntopt)(Entry, Opt);
}

INTERCEPTOR(int, mount, const char *Source, const char *Target,
            const char *Type, unsigned long Flags, const void *Data) {
  MEMSCOPE_READ_C_STRING("mount", Source);
  MEMSCOPE_READ_C_STRING("mount", Target);
  MEMSCOPE_READ_C_STRING("mount", Type);
  return REAL(mount)(Source, Target, Type, Flags, Data);
}

INTERCEPTOR(int, fanotify_mark, int Fd, unsigned Flags, u64 Mask, int Dir,
            const char *Path) {
  MEMSCOPE_READ_C_STRING("fanotify_mark", Path);
  return REAL(fanotify_mark)(Fd, Flags, Mask, Dir, Path);
}

// The directory trees' roots.
INTERCEPTOR(int, ftw, const char *Dir, void *Callback, int Fds) {
  MEMSCOPE_READ_C_STRING("ftw", Dir);
  return REAL(ftw)(Dir, Callback, Fds);
}

INTERCEPTOR(int, nftw, const char *Dir, void *Callback, int Fds, int Flags) {
  MEMSCOPE_READ_C_STRING("nftw", Dir);
  return REAL(nftw)(Dir, Callback, Fds, Flags);
}

INTERCEPTOR(void *, fts_open, char *const *Paths, int Options,
            void *Compare) {
  for (char *const *P = Paths; MemscopeInited && P; ++P) {
    MEMSCOPE_READ_RANGE("fts_open", P, sizeof(*P));
    if (!*P)
      break;
    MEMSCOPE_READ_C_STRING("fts_open", *P);
  }
  return REAL(fts_open)(Paths, Options, Compare);
}

// The entry (its type and identity, which glibc compares) and the file.
INTERCEPTOR(void *, getutid, const void *Entry) {
  MEMSCOPE_READ_IF("getutid", Entry, kUtmpSize);
  return REAL(getutid)(Entry);
}

INTERCEPTOR(void *, getutline, const void *Entry) {
  MEMSCOPE_READ_IF("getutline", Entry, kUtmpSize);
  return REAL(getutline)(Entry);
}

INTERCEPTOR(void *, pututline, const void *Entry) {
  MEMSCOPE_READ_IF("pututline", Entry, kUtmpSize);
  return REAL(pututline)(Entry);
}

INTERCEPTOR(void, updwtmp, const char *File, const void *Entry) {
  MEMSCOPE_READ_C_STRING("updwtmp", File);
  MEMSCOPE_READ_IF("updwtmp", Entry, kUtmpSize);
  REAL(updwtmp)(File, Entry);
}

// The signal's information and the message.
INTERCEPTOR(void, psiginfo, const void *Info, const char *Message) {
  MEMSCOPE_READ_IF("psiginfo", Info, kSiginfoSize);
  MEMSCOPE_READ_C_STRING("psiginfo", Message);
  REAL(psiginfo)(Info, Message);
}

// --- results into the program's buffers ------------------------------------------

// The working directory, into a buffer of PATH_MAX bytes by contract.
INTERCEPTOR(char *, getwd, char *Buf) {
  char *Result = REAL(getwd)(Buf);
  if (Result)
    MEMSCOPE_WRITE_IF("getwd", Buf, internal_strlen(Buf) + 1);
  return Result;
}

// The user's passwd line, likewise.
INTERCEPTOR(int, getpw, unsigned Uid, char *Buf) {
  int Result = REAL(getpw)(Uid, Buf);
  if (Result == 0)
    MEMSCOPE_WRITE_IF("getpw", Buf, internal_strlen(Buf) + 1);
  return Result;
}

INTERCEPTOR(int, getcpu, unsigned *Cpu, unsigned *Node) {
  MEMSCOPE_WRITE_IF("getcpu", Cpu, sizeof(*Cpu));
  MEMSCOPE_WRITE_IF("getcpu", Node, sizeof(*Node));
  return REAL(getcpu)(Cpu, Node);
}

INTERCEPTOR(void, arc4random_buf, void *Buf, uptr Size) {
  MEMSCOPE_WRITE_IF("arc4random_buf", Buf, Size);
  REAL(arc4random_buf)(Buf, Size);
}

// The result and its terminator when it fits; all N bytes are the
// program's to give. The format whole.
#define MEMSCOPE_STRFROM_INTERCEPTOR(Name, ValueT)                             \
  INTERCEPTOR(int, Name, char *Dst, uptr N, const char *Format, ValueT V) {    \
    MEMSCOPE_READ_C_STRING(#Name, Format);                                     \
    int Result = REAL(Name)(Dst, N, Format, V);                                \
    if (Result >= 0 && N)                                                      \
      MEMSCOPE_WRITE_IF(#Name, Dst, Min<uptr>(Result + 1, N));                 \
    return Result;                                                             \
  }
MEMSCOPE_STRFROM_INTERCEPTOR(strfromd, double)
MEMSCOPE_STRFROM_INTERCEPTOR(strfromf, float)
MEMSCOPE_STRFROM_INTERCEPTOR(strfroml, long double)
#undef MEMSCOPE_STRFROM_INTERCEPTOR

// The decimal point's place and the sign (the digits are glibc's).
#define MEMSCOPE_ECVT_INTERCEPTOR(Name, ValueT)                                \
  INTERCEPTOR(char *, Name, ValueT V, int Digits, int *Point, int *Sign) {     \
    MEMSCOPE_WRITE_IF(#Name, Point, sizeof(*Point));                           \
    MEMSCOPE_WRITE_IF(#Name, Sign, sizeof(*Sign));                             \
    return REAL(Name)(V, Digits, Point, Sign);                                 \
  }
MEMSCOPE_ECVT_INTERCEPTOR(ecvt, double)
MEMSCOPE_ECVT_INTERCEPTOR(fcvt, double)
MEMSCOPE_ECVT_INTERCEPTOR(qecvt, long double)
MEMSCOPE_ECVT_INTERCEPTOR(qfcvt, long double)
#undef MEMSCOPE_ECVT_INTERCEPTOR

// The address read whole; the names, once written, with their terminators.
INTERCEPTOR(int, getnameinfo, const void *Addr, unsigned AddrLen, char *Host,
            unsigned HostLen, char *Service, unsigned ServiceLen, int Flags) {
  MEMSCOPE_READ_IF("getnameinfo", Addr, AddrLen);
  int Result =
      REAL(getnameinfo)(Addr, AddrLen, Host, HostLen, Service, ServiceLen,
                        Flags);
  if (Result == 0) {
    if (HostLen)
      MEMSCOPE_WRITE_IF("getnameinfo", Host, internal_strlen(Host) + 1);
    if (ServiceLen)
      MEMSCOPE_WRITE_IF("getnameinfo", Service, internal_strlen(Service) + 1);
  }
  return Result;
}

// The symbol's information, and dladdr1's extra pointer.
INTERCEPTOR(int, dladdr, const void *Addr, void *Info) {
  MEMSCOPE_WRITE_IF("dladdr", Info, kDlInfoSize);
  return REAL(dladdr)(Addr, Info);
}

INTERCEPTOR(int, dladdr1, const void *Addr, void *Info, void **Extra,
            int Flags) {
  MEMSCOPE_WRITE_IF("dladdr1", Info, kDlInfoSize);
  MEMSCOPE_WRITE_IF("dladdr1", Extra, sizeof(*Extra));
  return REAL(dladdr1)(Addr, Info, Extra, Flags);
}

// What a request stores: an id, a pointer or a size (8 bytes each); the
// origin's path, once written.
INTERCEPTOR(int, dlinfo, void *Handle, int Request, void *Arg) {
  constexpr int kLmid = 1, kLinkMap = 2, kOrigin = 6, kTlsModid = 9,
                kTlsData = 10;
  if (Request == kLmid || Request == kLinkMap || Request == kTlsModid ||
      Request == kTlsData)
    MEMSCOPE_WRITE_IF("dlinfo", Arg, sizeof(uptr));
  int Result = REAL(dlinfo)(Handle, Request, Arg);
  if (Result == 0 && Request == kOrigin)
    MEMSCOPE_WRITE_IF("dlinfo", Arg,
                      internal_strlen(static_cast<char *>(Arg)) + 1);
  return Result;
}

INTERCEPTOR(void, backtrace_symbols_fd, void *const *Frames, int Count,
            int Fd) {
  if (Count > 0)
    MEMSCOPE_READ_IF("backtrace_symbols_fd", Frames, Count * sizeof(*Frames));
  REAL(backtrace_symbols_fd)(Frames, Count, Fd);
}

// The words' vector, freed and cleared.
INTERCEPTOR(void, wordfree, void *Words) {
  MEMSCOPE_WRITE_IF("wordfree", Words, kWordexpSize);
  REAL(wordfree)(Words);
}

// Both entries and their names, which strverscmp compares.
#define MEMSCOPE_DIRENT_SORT_INTERCEPTOR(Name)                                 \
  INTERCEPTOR(int, Name, const char *const *A, const char *const *B) {         \
    if (MemscopeInited) {                                                      \
      MEMSCOPE_READ_RANGE(#Name, A, sizeof(*A));                               \
      MEMSCOPE_READ_RANGE(#Name, B, sizeof(*B));                               \
      MEMSCOPE_READ_C_STRING(#Name, *A + kDirentNameOffset);                   \
      MEMSCOPE_READ_C_STRING(#Name, *B + kDirentNameOffset);                   \
    }                                                                          \
    return REAL(Name)(A, B);                                                   \
  }
MEMSCOPE_DIRENT_SORT_INTERCEPTOR(versionsort)
MEMSCOPE_DIRENT_SORT_INTERCEPTOR(versionsort64)
#undef MEMSCOPE_DIRENT_SORT_INTERCEPTOR

// argz and envz vectors: NUL-separated strings of a given length.
INTERCEPTOR(int, argz_add, char **Argz, uptr *Len, const char *S) {
  MEMSCOPE_WRITE_IF("argz_add", Argz, sizeof(*Argz));
  MEMSCOPE_WRITE_IF("argz_add", Len, sizeof(*Len));
  MEMSCOPE_READ_C_STRING("argz_add", S);
  return REAL(argz_add)(Argz, Len, S);
}

INTERCEPTOR(void, argz_stringify, char *Argz, uptr Len, int Sep) {
  if (Len)
    MEMSCOPE_WRITE_IF("argz_stringify", Argz, Len);
  REAL(argz_stringify)(Argz, Len, Sep);
}

INTERCEPTOR(uptr, argz_count, const char *Argz, uptr Len) {
  if (Len)
    MEMSCOPE_READ_IF("argz_count", Argz, Len);
  return REAL(argz_count)(Argz, Len);
}

INTERCEPTOR(char *, envz_get, const char *Envz, uptr Len, const char *Name) {
  if (Len)
    MEMSCOPE_READ_IF("envz_get", Envz, Len);
  MEMSCOPE_READ_C_STRING("envz_get", Name);
  return REAL(envz_get)(Envz, Len, Name);
}


namespace memscope {
void InitializeSystemInterceptors() {
  INTERCEPT_FUNCTION(readv);
  INTERCEPT_FUNCTION(writev);
  INTERCEPT_FUNCTION(preadv);
  INTERCEPT_FUNCTION(pwritev);
  INTERCEPT_FUNCTION(preadv64);
  INTERCEPT_FUNCTION(pwritev64);
  INTERCEPT_FUNCTION(preadv2);
  INTERCEPT_FUNCTION(pwritev2);
  INTERCEPT_FUNCTION(vmsplice);
  INTERCEPT_FUNCTION(sendfile);
  INTERCEPT_FUNCTION(sendfile64);
  INTERCEPT_FUNCTION(splice);
  INTERCEPT_FUNCTION(copy_file_range);
  INTERCEPT_FUNCTION(getdirentries);
  INTERCEPT_FUNCTION(futimes);
  INTERCEPT_FUNCTION(msgctl);
  INTERCEPT_FUNCTION(semctl);
  INTERCEPT_FUNCTION(semop);
  INTERCEPT_FUNCTION(semtimedop);
  INTERCEPT_FUNCTION(mq_open);
  INTERCEPT_FUNCTION(mq_unlink);
  INTERCEPT_FUNCTION(mq_send);
  INTERCEPT_FUNCTION(mq_timedsend);
  INTERCEPT_FUNCTION(mq_receive);
  INTERCEPT_FUNCTION(mq_timedreceive);
  INTERCEPT_FUNCTION(mq_getattr);
  INTERCEPT_FUNCTION(mq_setattr);
  INTERCEPT_FUNCTION(mq_notify);
  INTERCEPT_FUNCTION(aio_read);
  INTERCEPT_FUNCTION(aio_write);
  INTERCEPT_FUNCTION(aio_read64);
  INTERCEPT_FUNCTION(aio_write64);
  INTERCEPT_FUNCTION(aio_error);
  INTERCEPT_FUNCTION(aio_return);
  INTERCEPT_FUNCTION(aio_error64);
  INTERCEPT_FUNCTION(aio_return64);
  INTERCEPT_FUNCTION(aio_cancel);
  INTERCEPT_FUNCTION(aio_cancel64);
  INTERCEPT_FUNCTION(aio_fsync);
  INTERCEPT_FUNCTION(aio_fsync64);
  INTERCEPT_FUNCTION(aio_suspend);
  INTERCEPT_FUNCTION(aio_suspend64);
  INTERCEPT_FUNCTION(lio_listio);
  INTERCEPT_FUNCTION(lio_listio64);
  INTERCEPT_FUNCTION(epoll_pwait);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_init);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_destroy);
  INTERCEPT_FUNCTION(posix_spawnattr_init);
  INTERCEPT_FUNCTION(posix_spawnattr_destroy);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_addclose);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_addfchdir_np);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_addclosefrom_np);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_adddup2);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_addopen);
  INTERCEPT_FUNCTION(posix_spawn_file_actions_addchdir_np);
  INTERCEPT_FUNCTION(posix_spawnattr_getflags);
  INTERCEPT_FUNCTION(posix_spawnattr_getpgroup);
  INTERCEPT_FUNCTION(posix_spawnattr_getsigmask);
  INTERCEPT_FUNCTION(posix_spawnattr_getsigdefault);
  INTERCEPT_FUNCTION(posix_spawnattr_getschedpolicy);
  INTERCEPT_FUNCTION(posix_spawnattr_getschedparam);
  INTERCEPT_FUNCTION(posix_spawnattr_setsigmask);
  INTERCEPT_FUNCTION(posix_spawnattr_setsigdefault);
  INTERCEPT_FUNCTION(posix_spawnattr_setschedparam);
  INTERCEPT_FUNCTION(posix_spawnattr_setflags);
  INTERCEPT_FUNCTION(posix_spawnattr_setpgroup);
  INTERCEPT_FUNCTION(posix_spawnattr_setschedpolicy);
  INTERCEPT_FUNCTION(openpty);
  INTERCEPT_FUNCTION(forkpty);
  INTERCEPT_FUNCTION(getopt);
  INTERCEPT_FUNCTION(getopt_long);
  INTERCEPT_FUNCTION(getopt_long_only);
  INTERCEPT_FUNCTION(getsubopt);
  INTERCEPT_FUNCTION(hcreate_r);
  INTERCEPT_FUNCTION(hdestroy_r);
  INTERCEPT_FUNCTION(hsearch);
  INTERCEPT_FUNCTION(hsearch_r);
  INTERCEPT_FUNCTION(tsearch);
  INTERCEPT_FUNCTION(tfind);
  INTERCEPT_FUNCTION(tdelete);
  INTERCEPT_FUNCTION(twalk);
  INTERCEPT_FUNCTION(twalk_r);
  INTERCEPT_FUNCTION(tdestroy);
  INTERCEPT_FUNCTION(initstate);
  INTERCEPT_FUNCTION(setstate);
  INTERCEPT_FUNCTION(initstate_r);
  INTERCEPT_FUNCTION(setstate_r);
  INTERCEPT_FUNCTION(srandom_r);
  INTERCEPT_FUNCTION(srand48_r);
  INTERCEPT_FUNCTION(seed48_r);
  INTERCEPT_FUNCTION(lcong48_r);
  INTERCEPT_FUNCTION(__sched_cpucount);
  INTERCEPT_FUNCTION(adjtimex);
  INTERCEPT_FUNCTION(ntp_adjtime);
  INTERCEPT_FUNCTION(clock_adjtime);
  INTERCEPT_FUNCTION(adjtime);
  INTERCEPT_FUNCTION(ntp_gettime);
  INTERCEPT_FUNCTION(ntp_gettimex);
  INTERCEPT_FUNCTION(timelocal);
  INTERCEPT_FUNCTION(system);
  INTERCEPT_FUNCTION(textdomain);
  INTERCEPT_FUNCTION(utmpname);
  INTERCEPT_FUNCTION(acct);
  INTERCEPT_FUNCTION(umount);
  INTERCEPT_FUNCTION(rpmatch);
  INTERCEPT_FUNCTION(sgetspent);
  INTERCEPT_FUNCTION(pathconf);
  INTERCEPT_FUNCTION(catopen);
  INTERCEPT_FUNCTION(umount2);
  INTERCEPT_FUNCTION(bindtextdomain);
  INTERCEPT_FUNCTION(bind_textdomain_codeset);
  INTERCEPT_FUNCTION(iconv_open);
  INTERCEPT_FUNCTION(setmntent);
  INTERCEPT_FUNCTION(removexattr);
  INTERCEPT_FUNCTION(lremovexattr);
  INTERCEPT_FUNCTION(fremovexattr);
  INTERCEPT_FUNCTION(newlocale);
  INTERCEPT_FUNCTION(hasmntopt);
  INTERCEPT_FUNCTION(mount);
  INTERCEPT_FUNCTION(fanotify_mark);
  INTERCEPT_FUNCTION(ftw);
  INTERCEPT_FUNCTION(nftw);
  INTERCEPT_FUNCTION(fts_open);
  INTERCEPT_FUNCTION(getutid);
  INTERCEPT_FUNCTION(getutline);
  INTERCEPT_FUNCTION(pututline);
  INTERCEPT_FUNCTION(updwtmp);
  INTERCEPT_FUNCTION(psiginfo);
  INTERCEPT_FUNCTION(getwd);
  INTERCEPT_FUNCTION(getpw);
  INTERCEPT_FUNCTION(getcpu);
  INTERCEPT_FUNCTION(arc4random_buf);
  INTERCEPT_FUNCTION(strfromd);
  INTERCEPT_FUNCTION(strfromf);
  INTERCEPT_FUNCTION(strfroml);
  INTERCEPT_FUNCTION(ecvt);
  INTERCEPT_FUNCTION(fcvt);
  INTERCEPT_FUNCTION(qecvt);
  INTERCEPT_FUNCTION(qfcvt);
  INTERCEPT_FUNCTION(getnameinfo);
  INTERCEPT_FUNCTION(dladdr);
  INTERCEPT_FUNCTION(dladdr1);
  INTERCEPT_FUNCTION(dlinfo);
  INTERCEPT_FUNCTION(backtrace_symbols_fd);
  INTERCEPT_FUNCTION(wordfree);
  INTERCEPT_FUNCTION(versionsort);
  INTERCEPT_FUNCTION(versionsort64);
  INTERCEPT_FUNCTION(argz_add);
  INTERCEPT_FUNCTION(argz_stringify);
  INTERCEPT_FUNCTION(argz_count);
  INTERCEPT_FUNCTION(envz_get);
}
} // namespace memscope
