// EXPECT: stack-buffer-overflow
// Mixes up the two file-system query APIs: the result buffer is a
// struct statvfs (112 bytes) but it is filled with statfs64, whose
// struct statfs64 is 120 bytes.
#define _LARGEFILE64_SOURCE
#include <stdio.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>

__attribute__((noinline)) static unsigned long free_blocks(const char *path) {
  struct statvfs st;
  if (statfs64(path, (struct statfs64 *)&st) != 0) // BUG
    return 0;
  return st.f_bfree;
}

int main(int argc, char **argv) {
  printf("%lu\n", free_blocks(argc > 1 ? "." : "/") > 0);
  return 0;
}
