// EXPECT: none
// Lazily built lookup tables in function-local statics (thread-safe
// "magic statics"): eight threads race to the first call of three
// functions whose statics are large objects (a 16 KiB array, a
// std::string table, a struct built by a constructor that itself uses
// another function's static). Each thread then uses the tables with local
// arrays of its own; a static local inside a lambda and a static data
// member template instance are initialised the same way.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

static const unsigned *crc_table() {
  static unsigned table[4096] = {};
  static bool built = [] {
    for (unsigned i = 0; i < 4096; i++) {
      unsigned c = i;
      for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1u));
      table[i] = c;
    }
    return true;
  }();
  (void)built;
  return table;
}

struct Names {
  std::string n[12];
  Names() {
    const unsigned *t = crc_table();
    for (int i = 0; i < 12; i++) n[i] = "name-" + std::to_string(t[i * 100] % 10000) + std::string(i * 3, '#');
  }
};

static const Names &names() {
  static const Names instance;
  return instance;
}

template <int N> struct Pow {
  static const std::vector<long> values;
};
template <int N> const std::vector<long> Pow<N>::values = [] {
  std::vector<long> v(20);
  long x = 1;
  for (auto &e : v) { e = x; x *= N; }
  return v;
}();

static long work(int id) {
  auto local_counter = [] {
    static int calls = 0;
    return ++calls;  // only called under the lock below
  };
  static std::mutex m;
  unsigned char buf[2048];
  std::memset(buf, id, sizeof buf);
  const unsigned *t = crc_table();
  unsigned c = 0;
  for (unsigned char b : buf) c = t[(c ^ b) & 0xfff] ^ (c >> 8);
  const Names &nm = names();
  long s = (long)nm.n[id % 12].size() + (c & 0xff) + Pow<3>::values[id % 20] % 1000;
  { std::lock_guard<std::mutex> g(m); s += local_counter() > 0; }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::vector<std::thread> ts;
  std::vector<long> out((size_t)n, 0);
  for (int i = 0; i < n; i++) ts.emplace_back([i, &out] { out[(size_t)i] = work(i); });
  for (auto &t : ts) t.join();
  long s = 0;
  for (long v : out) s += v;
  std::printf("%ld %s\n", s, names().n[11].c_str());
  return 0;
}
