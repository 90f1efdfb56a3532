// EXPECT: leak
// An importer keeps its parsed records in a std::vector<std::unique_ptr<...>>
// local to main and validates them; the validator stops the program with
// GNU error(1, ...), which exits from inside libc. main is suspended in that
// call, not returned: the records in its frame are still reachable (as
// under a direct exit()). The one real leak is the line buffer the loader
// dropped before returning.
#include <error.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Record {
  std::string key;
  std::vector<int> values;
};

__attribute__((noinline)) static void load(std::vector<std::unique_ptr<Record>> &recs, int n,
                                           const char *tag) {
  char *line = static_cast<char *>(std::malloc(static_cast<size_t>(n) * 9)); // BUG: never freed
  for (int i = 0; i < n; i++) {
    std::snprintf(line, static_cast<size_t>(n) * 9, "record-key-number-%d-%s", i, tag);
    auto r = std::make_unique<Record>();
    r->key = line;
    if (i != n - 2) r->values.assign(static_cast<size_t>(i + 1), i);
    recs.push_back(std::move(r));
  }
}

__attribute__((noinline)) static void validate(const std::vector<std::unique_ptr<Record>> &recs) {
  for (size_t i = 0; i < recs.size(); i++)
    if (recs[i]->values.empty()) {
      std::fflush(stdout);
      error(1, 0, "%s: no values", recs[i]->key.c_str());
    }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::vector<std::unique_ptr<Record>> recs;
  load(recs, n, argc > 2 ? argv[2] : "x");
  scrub();
  validate(recs);
  std::printf("all %zu records valid\n", recs.size());
  return 0;
}
