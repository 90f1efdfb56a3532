// EXPECT: none
// Globals with C linkage declared extern "C" (as a C header would) and
// defined later in the same C++ file, alongside C++ namespace-scope
// arrays, a const table of structs, an anonymous-namespace buffer and a
// static member array, all indexed to their last elements.
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" {
extern char c_name[11];
extern int c_counts[29];
extern const struct c_row { int key; char label[6]; } c_rows[];
extern const unsigned c_rows_len;
}

namespace app {
long totals[13];
const char *const names[] = {"a", "bb", "ccc", "dddd"};
}

namespace {
unsigned char scratch[77];
}

struct Holder {
  static short cells[19];
};
short Holder::cells[19];

extern "C" {
char c_name[11] = "ten chars!";
int c_counts[29];
const struct c_row c_rows[] = {{1, "one"}, {2, "two"}, {3, "three"}, {4, "four"}, {5, "five"}};
const unsigned c_rows_len = sizeof c_rows / sizeof c_rows[0];
}

extern "C" __attribute__((noinline)) long c_side(int i) {
  c_counts[i % 29]++;
  return c_name[9] + c_counts[28] + c_rows[c_rows_len - 1].label[4];
}

__attribute__((noinline)) static long cpp_side(int i) {
  app::totals[i % 13] += i;
  scratch[i % 77] = (unsigned char)i;
  Holder::cells[i % 19] = (short)(i * 3);
  return app::totals[12] % 1000 + scratch[76] + Holder::cells[18] +
         (long)std::strlen(app::names[3]);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long s = 0;
  for (int i = 0; i < n * 3000; i++) s += c_side(i) + cpp_side(i);
  std::printf("%ld %s\n", s, c_name);
  return 0;
}
