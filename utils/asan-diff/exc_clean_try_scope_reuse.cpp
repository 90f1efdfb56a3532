// EXPECT: none
// A loop body's try block declares arrays whose scope ends when the
// exception leaves it; the handler and the code after it declare new
// arrays of other sizes (which may reuse the same slots) and fill them
// whole. Nothing from the dead scope is read.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

__attribute__((noinline)) static void validate(const char *p, int i) {
  if (p[i % 26] > 'L') throw std::invalid_argument("letter too late");
}

__attribute__((noinline)) static long use(const void *p, size_t n) {
  const unsigned char *b = static_cast<const unsigned char *>(p);
  long s = 0;
  for (size_t i = 0; i < n; i++) s += b[i];
  return s;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int i = 0; i < n * 4; i++) {
    try {
      char name[40];
      int fields[11];
      std::snprintf(name, sizeof name, "%s", argv[2] + (i % 10));
      for (int k = 0; k < 11; k++) fields[k] = name[k];
      total += use(fields, sizeof fields);
      validate(name, i);
      total += use(name, sizeof name);
    } catch (const std::invalid_argument &e) {
      char why[72];
      std::snprintf(why, sizeof why, "%s #%d", e.what(), i);
      total += use(why, sizeof why);
    }
    {
      long wide[9];
      for (int k = 0; k < 9; k++) wide[k] = i * k;
      total += use(wide, sizeof wide);
    }
    double ratios[5] = {1, 2, 3, 4, 5};
    total += use(ratios, sizeof ratios);
  }
  std::printf("%ld\n", total);
  return 0;
}
