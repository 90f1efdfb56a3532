// EXPECT: none
// Function-local statics with arrays (a lookup table built by a lambda, a
// struct with a char array, a std::array) initialized on first use,
// raced for by four threads; every thread reads the tables to their last
// element many times.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

struct Names {
  char text[7][10];
  int count;
};

static const std::array<unsigned, 257> &crc_table() {
  static const std::array<unsigned, 257> table = [] {
    std::array<unsigned, 257> t{};
    for (unsigned i = 0; i < 256; i++) {
      unsigned c = i;
      for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    t[256] = 0xffffffffu;
    return t;
  }();
  return table;
}

static const Names &names() {
  static Names n = [] {
    Names x{};
    const char *src[7] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"};
    for (int i = 0; i < 7; i++) std::strncpy(x.text[i], src[i], sizeof x.text[i]);
    x.count = 7;
    return x;
  }();
  return n;
}

static unsigned crc(const char *s, size_t n) {
  const auto &t = crc_table();
  unsigned c = t[256];
  for (size_t i = 0; i < n; i++) c = t[(c ^ (unsigned char)s[i]) & 0xff] ^ (c >> 8);
  return c ^ t[256];
}

int main(int argc, char **argv) {
  int reps = std::atoi(argv[1]) * 20;
  std::string alpha = argv[2];
  std::vector<unsigned> results(4);
  std::vector<std::thread> ths;
  for (int t = 0; t < 4; t++)
    ths.emplace_back([&, t] {
      unsigned acc = 0;
      for (int r = 0; r < reps; r++) {
        const Names &nm = names();
        const char *w = nm.text[(r + t) % nm.count];
        acc += crc(w, std::strlen(w)) + crc(alpha.data(), alpha.size());
        acc += (unsigned char)nm.text[6][9];
      }
      results[t] = acc;
    });
  for (auto &th : ths) th.join();
  unsigned total = 0;
  for (unsigned r : results) total ^= r;
  std::printf("%u %d\n", total, argc);
  return 0;
}
