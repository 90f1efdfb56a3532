// EXPECT: none
// tmpfile() with an odd-sized heap buffer: a few MB written in records,
// random access with fseeko/ftello, fgetpos/fsetpos (positions in a heap
// array), rewind, fread of records at both ends and across the buffer's
// edges; the buffer is freed after fclose.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

struct rec {
  int id;
  char text[60];
};

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  long count = (long)n * 5000; // 50000 records of 64 bytes: 3.2 MB
  FILE *f = tmpfile();
  if (!f)
    return 1;
  char *buf = malloc(4099);
  setvbuf(f, buf, _IOFBF, 4099);
  fpos_t *marks = malloc(sizeof(fpos_t) * 8);
  struct rec r;
  for (long i = 0; i < count; ++i) {
    if (i % (count / 8) == 0)
      fgetpos(f, &marks[i / (count / 8)]);
    memset(&r, 0, sizeof r);
    r.id = (int)i;
    snprintf(r.text, sizeof r.text, "%ld-%.10s", i * 3, alpha + i % 16);
    fwrite(&r, sizeof r, 1, f);
  }
  off_t size = ftello(f);
  unsigned long sum = 0;
  for (long k = 0; k < 200; ++k) {
    long idx = (k * 7919) % count;
    fseeko(f, (off_t)idx * (off_t)sizeof r, SEEK_SET);
    if (fread(&r, sizeof r, 1, f) != 1 || r.id != idx)
      return 2;
    sum += (unsigned long)r.id + strlen(r.text);
  }
  for (int m = 7; m >= 0; --m) {
    fsetpos(f, &marks[m]);
    fread(&r, sizeof r, 1, f);
    sum = sum * 3 + (unsigned)r.id;
  }
  fseeko(f, -(off_t)sizeof r, SEEK_END);
  fread(&r, sizeof r, 1, f);
  sum += (unsigned)r.id;
  rewind(f);
  struct rec *many = malloc(sizeof(struct rec) * 100);
  size_t got = fread(many, sizeof(struct rec), 100, f);
  for (size_t i = 0; i < got; ++i)
    sum ^= (unsigned long)many[i].id << (i % 20);
  printf("size %lld last %d got %zu pos %lld sum %lu\n", (long long)size, r.id,
         got, (long long)ftello(f), sum);
  fclose(f);
  free(buf);
  free(marks);
  free(many);
  return 0;
}
