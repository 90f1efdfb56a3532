// EXPECT: stack-buffer-overflow
// A mini debugger restores a stopped child's registers, but uses the
// PTRACE_SETFPREGS request with the general-purpose register struct
// (216 bytes): the kernel reads a 512-byte user_fpregs_struct from it.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  pid_t child = fork();
  if (child == 0) {
    ptrace(PTRACE_TRACEME, 0, NULL, NULL);
    raise(SIGSTOP);
    _exit(0);
  }
  int status;
  waitpid(child, &status, 0);
  struct user_regs_struct regs;
  ptrace(PTRACE_GETREGS, child, NULL, &regs);
  regs.rax = (unsigned long)argc;
  long rc = ptrace(PTRACE_SETFPREGS, child, NULL, &regs); // BUG
  printf("%ld\n", rc);
  kill(child, SIGKILL);
  waitpid(child, &status, 0);
  return 0;
}
