// EXPECT: global-buffer-overflow
// A global array of 6 bit-field permission entries; the lookup uses the
// file descriptor number as the index without checking it against the
// table, and reads the bit-fields of the entry past the end.
#include <stdio.h>
#include <stdlib.h>

struct perm {
  unsigned read : 1;
  unsigned write : 1;
  unsigned exec : 1;
  unsigned owner : 5;
};

struct perm g_perms[6] = {{1, 0, 0, 1}, {1, 1, 0, 2}, {1, 1, 1, 3},
                          {0, 0, 0, 4}, {1, 0, 1, 5}, {1, 1, 0, 6}};

static int can_write(int fd) {
  return g_perms[fd].write; // BUG
}

int main(int argc, char **argv) {
  int fd = atoi(argv[1]) - 4 + (argc - 3); /* 6 */
  int ok = can_write(2) + can_write(fd);
  printf("%d\n", ok);
  return 0;
}
