// EXPECT: none
// An embedded scripting runtime recovers from errors with the cheap
// __builtin_setjmp/__builtin_longjmp pair (no signal mask, no libc call):
// evaluation recurses with an alloca'd operand buffer and a fixed local
// array per level and jumps straight out from the bottom. After each
// recovery the runtime calls libc functions that hand callbacks data on
// libc's own stack, in the region the abandoned frames occupied:
// dl_iterate_phdr (struct dl_phdr_info) and nftw (struct stat, struct FTW).
#define _GNU_SOURCE
#include <alloca.h>
#include <ftw.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void *g_recover[5];
static int g_error_code;
static long g_cb_sum;

static int phdr_cb(struct dl_phdr_info *info, size_t size, void *data) {
  long *n = data;
  *n += info->dlpi_phnum + (long)(size > 0) + (info->dlpi_name && info->dlpi_name[0] == '/');
  return 0;
}

static int tree_cb(const char *path, const struct stat *sb, int type, struct FTW *ftw) {
  g_cb_sum += (long)(sb->st_size > 0) + type + ftw->level + (long)(strlen(path) > 0);
  return 0;
}

__attribute__((noinline)) static long eval(int depth, int fail_at, int width) {
  long *operands = alloca((size_t)width * sizeof(long));
  char frame[96];
  memset(frame, depth & 0x7f, sizeof frame);
  for (int i = 0; i < width; i++) operands[i] = depth * i;
  if (depth == fail_at) {
    g_error_code = depth;
    __builtin_longjmp(g_recover, 1);
  }
  if (depth == 0) return operands[width - 1] + frame[95];
  return eval(depth - 1, fail_at, width) + operands[0] + frame[0];
}

__attribute__((noinline)) static long protected_eval(int depth, int fail_at, int width) {
  if (__builtin_setjmp(g_recover)) return -g_error_code;
  return eval(depth, fail_at, width);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  char dir[] = "/tmp/cl6treeXXXXXX";
  if (!mkdtemp(dir)) return 1;
  for (int i = 0; i < 3; i++) {
    char p[64];
    snprintf(p, sizeof p, "%s/f%d", dir, i);
    FILE *f = fopen(p, "w");
    if (f) { fputs("data\n", f); fclose(f); }
  }
  long total = 0;
  for (int round = 0; round < n * 4; round++) {
    int fail_at = round % 3 == 0 ? -1 : round % 20;
    total += protected_eval(40 + round % 10, fail_at, 3 + round % 17);
    long phdrs = 0;
    dl_iterate_phdr(phdr_cb, &phdrs);
    total += phdrs > 0;
    nftw(dir, tree_cb, 4, FTW_PHYS);
  }
  for (int i = 0; i < 3; i++) {
    char p[64];
    snprintf(p, sizeof p, "%s/f%d", dir, i);
    unlink(p);
  }
  rmdir(dir);
  printf("%ld %ld\n", total, g_cb_sum);
  return 0;
}
