// EXPECT: none
// The status and positioning calls on streams with one-byte and three-byte
// program buffers: feof and ferror as reading runs past the end, a write to
// a read-only stream setting the error flag, clearerr, fileno, ftell,
// ftello, fseeko with each whence, fgetpos/fsetpos with positions on the
// heap, rewind; all repeated on a line-buffered stream with a heap buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

static unsigned long exercise(FILE *f, int n) {
  unsigned long s = 0;
  fpos_t *pos = malloc(sizeof *pos * 2);
  fgetpos(f, &pos[0]);
  char line[32];
  while (fgets(line, sizeof line, f))
    s += strlen(line);
  s = s * 3 + (feof(f) != 0) * 2 + (ferror(f) != 0);
  if (fputc('x', f) == EOF) // read-only: sets the error flag
    s = s * 5 + (ferror(f) != 0);
  clearerr(f);
  s = s * 7 + (feof(f) != 0) + (ferror(f) != 0);
  fsetpos(f, &pos[0]);
  for (int i = 0; i < n; ++i) {
    fseeko(f, (off_t)i, SEEK_SET);
    int c = fgetc(f);
    s += (unsigned)c + (unsigned long)ftello(f);
    fseeko(f, 2, SEEK_CUR);
    fgetpos(f, &pos[1]);
    s += (unsigned long)ftell(f);
    fseeko(f, -(off_t)(i + 1), SEEK_END);
    s += (unsigned)fgetc(f);
    fsetpos(f, &pos[1]);
    s += (unsigned)fgetc(f);
  }
  rewind(f);
  s += (unsigned)fgetc(f) + (fileno(f) > 2);
  free(pos);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  FILE *w = fopen("status.txt", "w");
  for (int i = 0; i < n * 5; ++i)
    fprintf(w, "%s %d\n", alpha + i % 26, i);
  fclose(w);
  char one[1], three[3];
  unsigned long sum = 0;
  FILE *a = fopen("status.txt", "r");
  setvbuf(a, one, _IOFBF, sizeof one);
  sum += exercise(a, n);
  fclose(a);
  FILE *b = fopen("status.txt", "r");
  setvbuf(b, three, _IOFBF, sizeof three);
  sum = sum * 11 + exercise(b, n);
  fclose(b);
  char *heap = malloc(9);
  FILE *c = fopen("status.txt", "r");
  setvbuf(c, heap, _IOLBF, 9);
  sum = sum * 13 + exercise(c, n * 2);
  fclose(c);
  free(heap);
  FILE *d = fopen("status.txt", "r"); // glibc's own buffer
  sum = sum * 17 + exercise(d, n);
  fclose(d);
  printf("sum %lu\n", sum);
  return 0;
}
