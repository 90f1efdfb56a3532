// EXPECT: none
// An exception unwinds through a function whose frame is too large for a
// fake stack (a 70 KB array next to an object with a destructor); after
// the catch, a function with an equally large frame takes its parameter's
// address and hands it down, and a variadic function reads its arguments.
// Everything is used only while its frame is live.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

static int destroyed;
static volatile size_t span = 70000;

struct Guard {
  int id;
  explicit Guard(int i) : id(i) {}
  ~Guard() { destroyed += id; }
};

__attribute__((noinline)) static int check(const char *p, size_t n, int lim) {
  int s = 0;
  for (size_t i = 0; i < n; i += 4096) s += p[i];
  s += p[n - 1];
  if (s > lim) throw std::runtime_error("too large");
  return s;
}

__attribute__((noinline)) static int big_thrower(int v) {
  Guard g(v);
  char big[70000];
  memset(big, v, sizeof big);
  Guard h(v + 1);
  return check(big, span, v) + g.id + h.id;
}

__attribute__((noinline)) static void bump(int *p, int by) { *p += by; }

__attribute__((noinline)) static int big_user(int n, int v) {
  char other[70000];
  memset(other, v, sizeof other);
  bump(&n, other[69999]);
  bump(&v, other[0]);
  return n + v + other[12345];
}

__attribute__((noinline)) static long sum_va(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long s = 0;
  for (int i = 0; i < count; i++) s += va_arg(ap, long);
  va_end(ap);
  return s;
}

__attribute__((noinline)) static long sweep(int depth, long base) {
  char pad[200];
  memset(pad, depth & 0x7f, sizeof pad);
  long s = sum_va(9, base, base + 1, base + 2, base + 3, base + 4, base + 5,
                  base + 6, base + 7, (long)pad[199]);
  if (depth > 0) s += sweep(depth - 1, base + 1);
  return s + check(pad, sizeof pad, 1 << 20);
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  int caught = 0;
  for (int round = 0; round < 3; round++) {
    try {
      big_thrower(v + round);
    } catch (const std::runtime_error &e) {
      caught += (int)strlen(e.what());
    }
    int r = big_user(round, v);
    long s = sweep(300, round);
    printf("round %d: %d %ld\n", round, r, s);
  }
  printf("caught %d destroyed %d argc %d\n", caught, destroyed, argc);
  return 0;
}
