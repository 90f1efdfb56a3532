// EXPECT: none
// While an exception unwinds, a destructor in the middle of the stack runs
// a nested throw/catch of its own; above it are frames without cleanups,
// then the final handler. Afterwards all live frames use their locals and
// a deep call chain reuses the stack.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static int flush_log(int v) {
  char line[48];
  std::snprintf(line, sizeof line, "flush %d", v);
  if (v % 2 == 0) throw std::runtime_error(line);
  return line[0];
}

struct Flusher {
  int v;
  int *seen;
  ~Flusher() {
    try {
      *seen += flush_log(v);
    } catch (const std::exception &e) {
      *seen += (int)std::strlen(e.what());
    }
  }
};

__attribute__((noinline)) static int inner(const char *s, int n) {
  char tmp[32];
  std::snprintf(tmp, sizeof tmp, "%s", s);
  if (n > 0) throw std::out_of_range(std::string("inner ") + tmp);
  return tmp[0];
}

__attribute__((noinline)) static int middle(const char *s, int n, int *seen) {
  Flusher f{n * 2, seen};
  int vals[20];
  for (int i = 0; i < 20; i++) vals[i] = s[i];
  return inner(s, n) + vals[n % 20];
}

__attribute__((noinline)) static int plain_a(const char *s, int n, int *seen) {
  long keep[16];
  for (int i = 0; i < 16; i++) keep[i] = i * n;
  return middle(s, n, seen) + (int)keep[n % 16];
}

__attribute__((noinline)) static int plain_b(const char *s, int n, int *seen) {
  char pad[100];
  std::memset(pad, 1, sizeof pad);
  return plain_a(s, n, seen) + pad[n];
}

__attribute__((noinline)) static long chain(int depth) {
  int a[50];
  std::memset(a, depth & 0xff, sizeof a);
  return depth ? chain(depth - 1) + a[49] : a[0];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int seen = 0;
  long total = 0;
  char tag[20] = "main";
  for (int r = 0; r < n; r++) {
    try {
      total += plain_b(argv[2], r + 1, &seen);
    } catch (const std::out_of_range &e) {
      total += (long)std::strlen(e.what()) + tag[r % 4];
    }
    total += chain(200 + r);
  }
  std::printf("%ld %d %s\n", total, seen, tag);
  return 0;
}
