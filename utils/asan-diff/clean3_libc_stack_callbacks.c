// EXPECT: none
// Callbacks that read structures living in libc's own stack frames:
// dl_iterate_phdr's dl_phdr_info, nftw's struct stat and struct FTW, and
// the siginfo_t a SA_SIGINFO handler gets; interleaved with recursion and
// locals of the caller's own.
#define _GNU_SOURCE
#include <ftw.h>
#include <link.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static long seen;

static int on_object(struct dl_phdr_info *info, size_t size, void *data) {
  long *acc = data;
  char name[32];
  snprintf(name, sizeof name, "%s", info->dlpi_name ? info->dlpi_name : "");
  *acc += info->dlpi_phnum + (long)(size >= sizeof *info) + (long)strlen(name) % 3;
  for (int i = 0; i < info->dlpi_phnum; i++) *acc += info->dlpi_phdr[i].p_type == PT_LOAD;
  return 0;
}

static int on_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw) {
  seen += (long)(type == FTW_F) + ftw->level + (long)(sb->st_mode & 1) + (long)(strlen(path) > 0);
  return 0;
}

static volatile long sigsum;

static void on_sig(int sig, siginfo_t *info, void *uctx) {
  sigsum += sig + info->si_signo + (info->si_pid == getpid()) + (uctx != NULL);
}

__attribute__((noinline)) static long nest(int depth, long *acc) {
  char frame[120];
  memset(frame, depth, sizeof frame);
  if (depth == 0) {
    dl_iterate_phdr(on_object, acc);
    kill(getpid(), SIGUSR1);
    return frame[119];
  }
  return nest(depth - 1, acc) + frame[0];
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_sig;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);
  long acc = 0;
  for (int r = 0; r < n; r++) acc += nest(r * 5, &acc) % 7;
  char dir[] = "/tmp/clean3_walkXXXXXX";
  if (!mkdtemp(dir)) return 1;
  char path[64];
  for (int i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/f%d", dir, i);
    FILE *f = fopen(path, "w");
    if (f) fclose(f);
  }
  nftw(dir, on_entry, 4, FTW_PHYS);
  for (int i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/f%d", dir, i);
    unlink(path);
  }
  rmdir(dir);
  printf("%ld %ld %ld %d\n", acc > 0 ? 1L : 0L, seen, (long)sigsum, argc);
  return 0;
}
