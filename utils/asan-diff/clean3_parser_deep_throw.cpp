// EXPECT: none
// A recursive-descent parser for nested brackets, each level keeping a
// 600-byte token buffer and an object with a destructor, parses input
// nested 1500 deep; the innermost level finds a bad character and
// throws. The top catches, then a valid, equally deep input is measured
// by a second recursion that zeroes a plain local struct with memset at
// every level, and parsed.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct Depth {
  int *cur;
  explicit Depth(int *c) : cur(c) { ++*cur; }
  ~Depth() { --*cur; }
};

struct Frame {
  long counts[60];
  int level;
  char kind[24];
};

static int open_levels;

__attribute__((noinline)) static int parse(const std::string &s, size_t &pos) {
  Depth d(&open_levels);
  char token[600];
  std::memset(token, 0, sizeof token);
  token[0] = s[pos];
  token[pos % sizeof token] = s[pos];
  if (s[pos] != '[') throw std::invalid_argument("expected [ at " + std::to_string(pos));
  ++pos;
  int inner = 0;
  if (s[pos] == '[') inner = parse(s, pos) + 1;
  if (s[pos] != ']') throw std::invalid_argument("expected ] at " + std::to_string(pos));
  ++pos;
  return inner + (token[0] == '[') + token[599];
}

__attribute__((noinline)) static long measure(const std::string &s, size_t pos) {
  Frame f;
  std::memset(&f, 0, sizeof f);
  f.level = (int)pos;
  f.counts[59] = s[pos] == '[';
  long r = f.level + f.counts[59] + f.kind[23];
  if (s[pos + 1] == '[') r += measure(s, pos + 1);
  return r;
}

int main(int argc, char **argv) {
  int depth = std::atoi(argv[1]) * 150;
  std::string bad = std::string(depth, '[') + "x" + std::string(depth, ']');
  std::string good = std::string(depth, '[') + std::string(depth, ']');
  long total = 0;
  for (int round = 0; round < 2; round++) {
    try {
      size_t pos = 0;
      total += parse(bad, pos);
    } catch (const std::invalid_argument &e) {
      total += (long)std::strlen(e.what()) + open_levels;
    }
    total += measure(good, 0);
    size_t pos = 0;
    total += parse(good, pos);
  }
  std::printf("%ld %d\n", total, argc);
  return 0;
}
