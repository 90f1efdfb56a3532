// EXPECT: none
// One exception crosses frames of every fake-stack size class and beyond:
// frames of 64 B, 1 KiB, 16 KiB, 60 KiB and 80 KiB (the last on the real
// stack) alternate down a recursion; after the catch, the same sizes are
// called again in the opposite order, reading every array to its end.
#include <cstdio>
#include <cstdlib>
#include <cstring>

static long acc;

template <int N> __attribute__((noinline)) static void frame(int d);

__attribute__((noinline)) static void pick(int d) {
  switch (d % 5) {
  case 0: frame<48>(d); break;
  case 1: frame<1000>(d); break;
  case 2: frame<16000>(d); break;
  case 3: frame<60000>(d); break;
  default: frame<80000>(d); break;
  }
}

template <int N> __attribute__((noinline)) static void frame(int d) {
  char buf[N];
  std::memset(buf, d & 0x7f, N);
  acc += buf[N - 1];
  if (d == 0) throw d + N;
  pick(d - 1);
  acc += buf[0];
}

template <int N> __attribute__((noinline)) static long again(int d) {
  char buf[N];
  std::memset(buf, 1, N);
  return buf[N - 1] + (long)sizeof buf + d;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 4; r++) {
    try {
      pick(20 + r % 7);
    } catch (int v) {
      total += v;
    }
    total += again<80000>(r) + again<60000>(r) + again<16000>(r) + again<1000>(r) + again<48>(r);
  }
  std::printf("%ld %ld\n", total, acc);
  return 0;
}
