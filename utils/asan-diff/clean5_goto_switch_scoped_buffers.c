// EXPECT: none
// Stream buffers whose block is entered by a jump past their declaration
// (a goto into the block, a switch case after the declaration: in C the
// array lives for the whole block either way), VLAs re-created in every
// loop iteration with a different size, and arrays of inner blocks; each
// stream is opened and closed inside the block that owns its buffer, and
// the buffer is touched only by stdio.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long sum_file(const char *p) {
  FILE *f = fopen(p, "r");
  unsigned long s = 0;
  int c;
  while ((c = getc(f)) != EOF)
    s = s * 31 + (unsigned)c;
  fclose(f);
  return s;
}

static void by_goto(int k) {
  if (k > 0)
    goto inside;
  puts("not reached for k > 0");
  {
    char buf[80];
  inside:;
    FILE *f = fopen("goto.txt", "w");
    setvbuf(f, buf, _IOFBF, sizeof buf);
    for (int i = 0; i < k; ++i)
      fprintf(f, "goto %d\n", i);
    fclose(f);
  }
}

static void by_switch(int mode, int k) {
  switch (mode) {
  case 0: {
    char buf[50];
    memset(buf, 0, sizeof buf);
  case 1:;
    FILE *f = fopen("switch.txt", "w");
    setvbuf(f, buf, _IOLBF, sizeof buf);
    for (int i = 0; i < k; ++i)
      fprintf(f, "switch %d %d\n", mode, i);
    fclose(f);
    break;
  }
  default:
    break;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned long sum = 0;
  by_goto(n);
  sum += sum_file("goto.txt");
  for (int mode = 0; mode < 2; ++mode) {
    by_switch(mode, n + mode);
    sum = sum * 3 + sum_file("switch.txt");
  }
  for (int it = 1; it <= n; ++it) {
    char vla[it * 9 + 1];
    FILE *f = fopen("vla.txt", "w");
    setvbuf(f, vla, _IOFBF, sizeof vla);
    for (int i = 0; i < it * 5; ++i)
      fprintf(f, "%d/%d\n", it, i);
    fclose(f);
    sum = sum * 7 + sum_file("vla.txt");
    {
      char inner[33];
      FILE *g = fopen("inner.txt", "w");
      setvbuf(g, inner, _IOFBF, sizeof inner);
      fprintf(g, "inner %d\n", it);
      fclose(g);
    }
    {
      char other[65]; // may share the inner block's slot
      FILE *g = fopen("inner.txt", "a");
      setvbuf(g, other, _IOFBF, sizeof other);
      fprintf(g, "other %d\n", it);
      fclose(g);
    }
    sum += sum_file("inner.txt");
  }
  printf("sum %lu\n", sum);
  return 0;
}
