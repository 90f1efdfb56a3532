// EXPECT: none
// libc calls on globals with the right sizes: fgets with sizeof, fread of
// exactly the buffer, fwrite of the table's count, qsort and bsearch with
// the right count, memchr within the buffer, and a 1 MiB global touched at
// its last byte.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_line[16];
unsigned char g_rec[24];
int g_nums[7] = {9, 4, 7, 1, 8, 2, 6};
static char g_big[1 << 20];

static int cmp(const void *a, const void *b) {
  return *(const int *)a - *(const int *)b;
}

int main(int argc, char **argv) {
  static char text[] = "a very long first line of text\nsecond\n";
  FILE *f = fmemopen(text, strlen(text), "r");
  if (!f) return 1;
  fgets(g_line, sizeof g_line, f);
  size_t got = fread(g_rec, 1, sizeof g_rec, f);
  fclose(f);
  char out[64];
  FILE *o = fmemopen(out, sizeof out, "w");
  size_t put = fwrite(g_nums, sizeof(int), 7, o);
  fclose(o);
  qsort(g_nums, 7, sizeof(int), cmp);
  int key = atoi(argv[1]) - 1;
  int *hit = bsearch(&key, g_nums, 7, sizeof(int), cmp);
  const char *nl = memchr(g_line, '\n', sizeof g_line);
  volatile size_t last = sizeof g_big - (size_t)(argc - 2);
  g_big[last] = 'z';
  printf("%s|%zu %zu %d %p %c\n", g_line, got, put, hit ? *hit : -1,
         (const void *)nl, g_big[sizeof g_big - 1]);
  return 0;
}
