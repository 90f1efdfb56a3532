// EXPECT: stack-use-after-scope
// A request handler keeps a reference to a header record that lives in the
// try block; the handler logs and moves on, and after the whole try/catch
// the code reads the record through the reference.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

struct Header { int id; int length; char tag[16]; };

__attribute__((noinline)) static void check(const Header &h) {
  if (h.length > 5) throw std::range_error("length " + std::to_string(h.length));
}

__attribute__((noinline)) static int describe(const Header *h, int k) {
  return h->id * 100 + h->tag[k % 4]; // BUG
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const Header *last = nullptr;
  for (int round = 0; round < 2; round++) {
    try {
      Header h{round, n + round, "req"};
      h.tag[3] = argv[2][round];
      last = &h;
      check(h);
    } catch (const std::range_error &e) {
      std::fprintf(stderr, "rejected: %s\n", e.what());
    }
  }
  std::printf("last %d\n", describe(last, n));
  return 0;
}
