// EXPECT: global-buffer-overflow
// A header-only event log keeps the last 16 event codes in C++17 inline
// variables (one definition shared by every file that includes the
// header). last_event() reads the slot before the head without wrapping
// it: right after the head has wrapped round to 0 it reads g_ring[-1],
// the int before the array, which lies in the redzone of the global
// before it.
#include <cstdio>
#include <cstdlib>

static long g_totals[4]; // this file's own counters

namespace evlog {
inline int g_ring[16];
inline unsigned g_head;

inline void push(int code) {
  g_ring[g_head] = code;
  g_head = (g_head + 1) % 16;
}

__attribute__((noinline)) inline int last_event() {
  return g_ring[(int)g_head - 1]; // BUG
}
} // namespace evlog

int main(int argc, char **argv) {
  int n = atoi(argv[1]) + 6; /* 16 events: the head wraps to 0 */
  for (int i = 0; i < n; i++) {
    evlog::push(100 + i * argc);
    g_totals[i & 3] += i;
  }
  printf("last event %d, totals %ld\n", evlog::last_event(), g_totals[0]);
  return 0;
}
