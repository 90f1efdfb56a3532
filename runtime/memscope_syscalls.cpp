//===- memscope_syscalls.cpp - the system call hooks --------------------===//
//
// sanitizer_common's __sanitizer_syscall_pre_impl_* and _post_impl_*
// hooks (<sanitizer/linux_syscall_hooks.h>), which code that makes raw
// system calls calls around them: the memory the kernel will read or write
// is checked as a libc function's would be. The kernel's writes need no
// record afterwards (memscope keeps no initialisation state).
//
// See also: memscope_common_interceptors.cpp,
// sanitizer_common/sanitizer_common_syscalls.inc.
//===----------------------------------------------------------------------===//
#include "memscope_interceptors.h"

#include "sanitizer_common/sanitizer_platform_limits_posix.h"

using namespace __sanitizer;

#define MEMSCOPE_SYSCALL_RANGE(Ptr, Size, IsWrite)                             \
  do {                                                                         \
    if (::memscope::MemscopeInited)                                            \
      MEMSCOPE_CHECK_RANGE("a system call", Ptr, Size, IsWrite);               \
  } while (false)
#define COMMON_SYSCALL_PRE_READ_RANGE(Ptr, Size)                               \
  MEMSCOPE_SYSCALL_RANGE(Ptr, Size, false)
#define COMMON_SYSCALL_PRE_WRITE_RANGE(Ptr, Size)                              \
  MEMSCOPE_SYSCALL_RANGE(Ptr, Size, true)
#define COMMON_SYSCALL_POST_READ_RANGE(Ptr, Size)                              \
  do {                                                                         \
    (void)(Ptr);                                                               \
    (void)(Size);                                                              \
  } while (false)
#define COMMON_SYSCALL_POST_WRITE_RANGE(Ptr, Size)                             \
  COMMON_SYSCALL_POST_READ_RANGE(Ptr, Size)

#include "sanitizer_common/sanitizer_common_syscalls.inc"
