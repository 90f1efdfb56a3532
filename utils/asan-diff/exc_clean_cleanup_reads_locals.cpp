// EXPECT: none
// Guards in nested scopes point at arrays of their enclosing scopes (which
// outlive them); an exception from the innermost scope runs all the guards'
// destructors in the cleanups, each reading and writing the still-live
// arrays before the frame is left.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct Restore {
  char *target;
  const char *saved;
  size_t len;
  ~Restore() { std::memcpy(target, saved, len); }
};

struct Count {
  int *slots;
  int idx;
  ~Count() { slots[idx]++; }
};

static long g_sum;

__attribute__((noinline)) static void mutate(char *p, int n) {
  p[0] = 'Z';
  if (n % 2) throw std::runtime_error("mutation rejected");
}

__attribute__((noinline)) static void transact(const char *s, int n) {
  char original[32];
  int counts[4] = {0, 0, 0, 0};
  std::snprintf(original, sizeof original, "%s", s);
  Count c0{counts, 0};
  {
    char working[32];
    std::memcpy(working, original, sizeof working);
    Restore r{working, original, sizeof working};
    Count c1{counts, 1};
    {
      char inner[16] = "inner";
      Restore r2{inner, working, sizeof inner};
      Count c2{counts, 2};
      mutate(inner, n);
      g_sum += inner[0];
    }
    g_sum += working[1];
  }
  g_sum += counts[0] + counts[1] + counts[2] + original[0];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int failed = 0;
  for (int i = 0; i < n * 5; i++) {
    try {
      transact(argv[2] + (i % 10), i);
    } catch (const std::runtime_error &) {
      failed++;
    }
  }
  std::printf("%d %ld\n", failed, g_sum);
  return 0;
}
