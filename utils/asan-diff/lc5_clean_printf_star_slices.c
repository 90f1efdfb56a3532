// EXPECT: none
// printf("%.*s") slices of exactly the right length out of unterminated heap, stack and global records.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
char grec[20];
int main(int argc, char **argv) {
  size_t n = strlen(argv[2]);
  char *heap = malloc(n);
  memcpy(heap, argv[2], n);
  memcpy(grec, argv[2] + 6, sizeof grec);
  char st[7];
  memcpy(st, argv[2] + 3, sizeof st);
  int step = atoi(argv[1]) / 2;
  /* Fields of `step` bytes across the heap record; the last one shorter. */
  for (size_t off = 0; off < n; off += step) {
    int len = (int)(n - off < (size_t)step ? n - off : (size_t)step);
    printf("[%.*s]", len, heap + off);
  }
  putchar('\n');
  printf("%.*s|%.*s|%.*s\n", (int)sizeof st, st, (int)sizeof grec, grec, 0, heap + n);
  fprintf(stdout, "%-12.*s|%*.*s\n", 5, grec + 15, 9, 3, st + 4);
  char out[32];
  int w = snprintf(out, sizeof out, "%.*s-%.*s", 4, heap + n - 4, 3, grec + 17);
  dprintf(STDOUT_FILENO, "%.*s %d\n", w, out, w);
  char exact[8];
  snprintf(exact, sizeof exact, "%.*s", (int)sizeof st, st);
  puts(exact);
  free(heap);
  return 0;
}
