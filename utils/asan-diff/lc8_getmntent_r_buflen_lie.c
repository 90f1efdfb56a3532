// EXPECT: heap-buffer-overflow
// Mount entries are read with getmntent_r into a 16-byte heap string buffer that the caller describes as 256 bytes.
#include <mntent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define LINE_MAX_DECL 256
int main(int argc, char **argv) {
  FILE *f = setmntent("/proc/self/mounts", "r");
  if (!f)
    return 0;
  char *strbuf = malloc(atoi(argv[1]) + 6);
  struct mntent ent;
  int count = 0;
  while (getmntent_r(f, &ent, strbuf, LINE_MAX_DECL)) // BUG
    count += strcmp(ent.mnt_type, "proc") == 0;
  endmntent(f);
  printf("%d\n", count);
  free(strbuf);
  return 0;
}
