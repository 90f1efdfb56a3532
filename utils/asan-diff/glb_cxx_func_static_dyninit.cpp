// EXPECT: global-buffer-overflow
// A function-local static lookup table with a dynamic initializer (built
// on first use from a computation); the caller indexes it with a value one
// past the table's last entry.
#include <cstdio>
#include <cstdlib>

struct Squares {
  long v[9];
  Squares() {
    for (int i = 0; i < 9; i++) v[i] = static_cast<long>(i) * i;
  }
};

static long square_of(int i) {
  static Squares table;
  return table.v[i]; // BUG
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long s = 0;
  for (int i = 0; i < n + (argc - 3); i++) s += square_of(i); /* 0..9 */
  std::printf("%ld\n", s);
  return 0;
}
