// EXPECT: none
// Globals the compiler emits as mergeable (comdat) definitions rather than
// plain ones: C++17 inline variables, a template's static data member,
// static locals of inline member functions, and a weak table, all indexed
// with run-time indices that stay inside them, including the first and
// last elements and a ring index wrapped before it is used.
#include <cstdio>
#include <cstdlib>

inline int g_ring[16];
inline unsigned g_head;

template <int N> struct Pool {
  static long slots[N];
  static long &at(int i) { return slots[i]; }
};
template <int N> long Pool<N>::slots[N];

struct Registry {
  static int *ids() {
    static int table[8];
    return table;
  }
};

__attribute__((weak)) unsigned g_level_hits[6];

__attribute__((noinline)) static int last_event() {
  return g_ring[(g_head + 15) % 16];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) + 6; /* 16 */
  for (int i = 0; i < n; i++) {
    g_ring[g_head] = 100 + i;
    g_head = (g_head + 1) % 16;
  }
  int last = n - 1, first = n - 16;
  Pool<12>::at(first) = argc;
  Pool<12>::at(last - 4) = 7;
  for (int i = first; i < 8; i++) Registry::ids()[i] = i * argc;
  for (int level = 1; level <= 6; level++) g_level_hits[level - 1] += level;
  long s = last_event() + Pool<12>::at(0) + Pool<12>::at(11) + Registry::ids()[7] +
           g_level_hits[5] + g_ring[first] + g_ring[last];
  std::printf("%ld\n", s);
  return 0;
}
