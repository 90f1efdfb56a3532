// EXPECT: stack-use-after-return
// A worker thread's top-level catch logs the failing item through a pointer
// the exception carries into a local array of the unwound parse function
// (which had a std::string to destroy).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

struct ItemError { const char *item; int index; };

__attribute__((noinline)) static int parse_items(const char *src, int n) {
  std::string owner = "worker";
  char item[32];
  int total = 0;
  for (int i = 0; i < n; i++) {
    std::snprintf(item, sizeof item, "item-%c%d", src[i], i);
    if (src[i] == 'G') throw ItemError{item, i};
    total += item[5];
  }
  return total + (int)owner.size();
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int result = 0;
  std::thread t([&] {
    try {
      result = parse_items(argv[2], n);
    } catch (const ItemError &e) {
      std::fprintf(stderr, "bad %c at %d\n", e.item[5], e.index); // BUG
    }
  });
  t.join();
  std::printf("%d\n", result);
  return 0;
}
