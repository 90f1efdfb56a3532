// EXPECT: none
// Writes and looks up a login record in a private utmpx file, pokes a
// buffer with process_vm_writev using matching lengths, and round-trips
// a stopped child's registers with PTRACE_GETREGS/SETREGS using the
// right struct.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utmpx.h>

int main(int argc, char **argv) {
  fclose(fopen("utmp.clean", "w"));
  utmpxname("utmp.clean");
  setutxent();
  struct utmpx ut;
  memset(&ut, 0, sizeof ut);
  ut.ut_type = USER_PROCESS;
  ut.ut_pid = getpid();
  strncpy(ut.ut_user, "tester", sizeof ut.ut_user);
  strncpy(ut.ut_line, "pts/7", sizeof ut.ut_line);
  strncpy(ut.ut_id, "ts7", sizeof ut.ut_id);
  int put = pututxline(&ut) != NULL;
  setutxent();
  struct utmpx key;
  memset(&key, 0, sizeof key);
  strncpy(key.ut_line, "pts/7", sizeof key.ut_line);
  struct utmpx *found = getutxline(&key);
  int ok = found && strncmp(found->ut_user, "tester", 6) == 0;
  endutxent();
  char src[16] = "new contents";
  char *dst = calloc(1, 16);
  struct iovec l = {src, sizeof src}, r = {dst, 16};
  ssize_t w = process_vm_writev(getpid(), &l, 1, &r, 1, 0);
  pid_t child = fork();
  if (child == 0) {
    ptrace(PTRACE_TRACEME, 0, NULL, NULL);
    raise(SIGSTOP);
    _exit(0);
  }
  int status;
  waitpid(child, &status, 0);
  struct user_regs_struct regs;
  long g = ptrace(PTRACE_GETREGS, child, NULL, &regs);
  long s = ptrace(PTRACE_SETREGS, child, NULL, &regs);
  kill(child, SIGKILL);
  waitpid(child, &status, 0);
  printf("%d %d %zd %s %ld %ld %d\n", put, ok, w, dst, g, s, argc);
  free(dst);
  unlink("utmp.clean");
  return 0;
}
