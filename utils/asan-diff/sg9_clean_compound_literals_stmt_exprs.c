// EXPECT: none
// Compound literals, statement expressions and a computed-goto table, all
// used within their lifetimes and bounds: per-iteration literal arrays,
// a literal passed by pointer, MIN/MAX statement-expression clamps on table
// indices, and a dispatch table indexed with `op & 3`.
#include <stdio.h>
#include <stdlib.h>

#define MIN(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a < _b ? _a : _b; })
#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })

struct opts { int level; int width; char fill; };
static const unsigned char lut[8] = {1, 2, 4, 8, 16, 32, 64, 128};

__attribute__((noinline)) static int render(const struct opts *o, int v) {
  return o->level * 100 + o->width * 10 + v + o->fill;
}

static int run(const unsigned char *code, int n) {
  static void *const labels[4] = {&&inc, &&dec, &&dbl, &&halt};
  int acc = 0, pc = 0;
#define NEXT() do { if (pc >= n) return acc; goto *labels[code[pc++] & 3]; } while (0)
  NEXT();
inc: acc++; NEXT();
dec: acc--; NEXT();
dbl: acc *= 2; NEXT();
halt: return acc;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]), s = 0;
  for (int i = 0; i < 4; i++) {
    int *row = (int[4]){i, i * v, i + argc, 7};
    s += row[MIN(i + 2, 3)];
    s += render(&(struct opts){.level = i, .width = v, .fill = '.'}, row[0]);
  }
  for (int i = 0; i < 12; i++) s += lut[MAX(MIN(argv[2][i] - 'A', 7), 0)];
  unsigned char code[6];
  for (int i = 0; i < 6; i++) code[i] = (unsigned char)argv[2][i];
  printf("%d %d\n", s, run(code, 6));
  return 0;
}
