// EXPECT: none
// openpty with a name buffer, terminal settings and a window size on the
// stack (then with all three null), data written on one side and read on
// the other in raw mode; forkpty with a heap name buffer whose child writes
// a line the parent reads; ptys refused in a container are tolerated.
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int master, slave;
  char name[64];
  struct termios tio;
  memset(&tio, 0, sizeof tio);
  cfmakeraw(&tio);
  struct winsize ws = {24, 80, 0, 0};
  if (openpty(&master, &slave, name, &tio, &ws) != 0) {
    printf("pty refused\n");
    return 0;
  }
  unsigned long sum = 0;
  int named = strncmp(name, "/dev/pts/", 9) == 0;
  for (int i = 0; i < n; ++i) {
    write(master, alpha + i, 8);
    char in[8];
    ssize_t got = 0;
    while (got < 8) {
      ssize_t r = read(slave, in + got, (size_t)(8 - got));
      if (r <= 0)
        return 2;
      got += r;
    }
    for (int k = 0; k < 8; ++k)
      sum = sum * 31 + (unsigned char)in[k];
  }
  struct winsize back;
  ioctl(slave, TIOCGWINSZ, &back);
  close(master);
  close(slave);
  int m2, s2;
  if (openpty(&m2, &s2, NULL, NULL, NULL) == 0) {
    close(m2);
    close(s2);
  }
  char *fname = malloc(64);
  int fm;
  pid_t pid = forkpty(&fm, fname, &tio, NULL);
  if (pid == 0) {
    const char msg[] = "child-says-hello\n";
    write(1, msg, sizeof msg - 1);
    _exit(0);
  }
  int child_ok = 0;
  if (pid > 0) {
    char buf[64];
    size_t got = 0;
    ssize_t r;
    while (got < 17 && (r = read(fm, buf + got, sizeof buf - 1 - got)) > 0)
      got += (size_t)r;
    buf[got] = 0;
    child_ok = strstr(buf, "child-says-hello") != NULL;
    int st;
    waitpid(pid, &st, 0);
    close(fm);
  }
  free(fname);
  printf("named %d rows %d cols %d child %d sum %lu\n", named, back.ws_row,
         back.ws_col, child_ok, sum);
  return 0;
}
