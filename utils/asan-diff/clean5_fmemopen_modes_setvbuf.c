// EXPECT: none
// fmemopen in read, write ("w+") and append ("a+") modes over stack, heap
// and static memory, each stream also given a setvbuf buffer (a stack one,
// a heap one freed after fclose, _IONBF); fscanf, fgets, fprintf, fseek,
// ftell and ungetc on them; fmemopen(NULL) with its own buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char arena[512];

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  // Read mode over a string on the stack.
  char text[256];
  int len = 0;
  for (int i = 0; i < n * 2; ++i)
    len += snprintf(text + len, sizeof text - (size_t)len, "%d ", i * 11);
  char rb[16];
  FILE *r = fmemopen(text, (size_t)len, "r");
  if (!r)
    return 1;
  setvbuf(r, rb, _IOFBF, sizeof rb);
  long total = 0;
  int v;
  while (fscanf(r, "%d", &v) == 1) {
    total += v;
    int c = getc(r);
    if (c != EOF)
      ungetc(c, r);
  }
  fclose(r);

  // Write+read over heap memory, with a heap stream buffer.
  size_t cap = (size_t)n * 40;
  char *mem = malloc(cap);
  char *sb = malloc(24);
  FILE *w = fmemopen(mem, cap, "w+");
  setvbuf(w, sb, _IOFBF, 24);
  for (int i = 0; i < n; ++i)
    fprintf(w, "%s|%d\n", alpha + i, i);
  long pos = ftell(w);
  fseek(w, 0, SEEK_SET);
  char line[64];
  unsigned long sum = 0;
  while (fgets(line, sizeof line, w) && ftell(w) <= pos)
    sum = sum * 17 + strlen(line);
  fclose(w);
  free(sb);

  // Append mode over a static array, unbuffered.
  strcpy(arena, "start:");
  FILE *a = fmemopen(arena, sizeof arena, "a+");
  setvbuf(a, NULL, _IONBF, 0);
  for (int i = 0; i < n; ++i)
    fputs(alpha + 20, a);
  fclose(a);

  // glibc's own memory.
  FILE *own = fmemopen(NULL, 128, "w+");
  fprintf(own, "%s %d", alpha, n);
  rewind(own);
  char word[40];
  int back = 0;
  if (fscanf(own, "%39s %d", word, &back) != 2)
    return 2;
  fclose(own);
  printf("total %ld pos %ld sum %lu arena %zu '%.*s' %s %d\n", total, pos, sum,
         strlen(arena), 10, mem, word, back);
  free(mem);
  return 0;
}
