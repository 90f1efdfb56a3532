// EXPECT: none
// Exceptions rethrown with `throw;` through five levels, each catch block
// holding large local arrays and opening a nested try of its own that
// throws and catches a second exception before rethrowing the first; the
// exception object carries an array filled at the throw site.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Payload {
  int level;
  char trail[64];
  long values[12];
};

struct Inner {
  int code;
};

__attribute__((noinline)) static void thrower(int seed) {
  Payload p;
  p.level = 0;
  std::memset(p.trail, 0, sizeof p.trail);
  std::snprintf(p.trail, sizeof p.trail, "t%d", seed);
  for (int i = 0; i < 12; i++) p.values[i] = seed * i;
  throw p;
}

__attribute__((noinline)) static long inner_work(int k) {
  char scratch[2000];
  std::memset(scratch, k, sizeof scratch);
  try {
    if (k % 2 == 0) throw Inner{k};
    return scratch[1999];
  } catch (const Inner &in) {
    return in.code + scratch[0];
  }
}

__attribute__((noinline)) static long level(int depth, int seed) {
  long locals[100];
  for (int i = 0; i < 100; i++) locals[i] = depth + i;
  if (depth == 0) {
    thrower(seed);
    return -1;
  }
  try {
    return level(depth - 1, seed) + locals[99];
  } catch (Payload &p) {
    char big[4096];
    std::memset(big, 'a' + depth, sizeof big);
    p.level++;
    size_t len = std::strlen(p.trail);
    if (len + 2 < sizeof p.trail) {
      p.trail[len] = big[4095];
      p.trail[len + 1] = '\0';
    }
    try {
      p.values[depth % 12] += inner_work(depth + seed);
      if (depth % 3 == 0) throw Inner{depth};
    } catch (const Inner &in) {
      p.values[0] += in.code + locals[0];
    }
    throw;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 40; r++) {
    try {
      level(5, r);
    } catch (const Payload &p) {
      total += p.level + (long)std::strlen(p.trail);
      for (int i = 0; i < 12; i++) total += p.values[i];
    }
  }
  std::printf("%ld\n", total);
  return 0;
}
