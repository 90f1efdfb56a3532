// EXPECT: leak
// A scheduler wraps each job in a heap-allocated Task holding a
// std::function whose lambda captures a big array by value (too big for the
// std::function's inline buffer, so it is heap-allocated) and a
// std::vector. Cancelled tasks are unlinked from the run list but never
// deleted: each leaks the Task (directly), the function's heap storage and
// the captured vector's buffer (indirectly).
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

struct Task {
  std::function<long()> fn;
  Task *next;
  int id;
};

static Task *g_run;

__attribute__((noinline)) static void submit(int id, int n) {
  std::array<long, 16> weights;
  for (int i = 0; i < 16; i++) weights[static_cast<size_t>(i)] = i * id;
  std::vector<int> data(static_cast<size_t>(n + id), id);
  Task *t = new Task;
  t->fn = [weights, data]() {
    long s = 0;
    for (int v : data) s += v * weights[static_cast<size_t>(v) % 16];
    return s;
  };
  t->id = id;
  t->next = g_run;
  g_run = t;
}

__attribute__((noinline)) static void cancel_odd() {
  Task **pp = &g_run;
  while (*pp) {
    if ((*pp)->id % 2) *pp = (*pp)->next; // BUG: the unlinked Task is not deleted
    else pp = &(*pp)->next;
  }
}

__attribute__((noinline)) static long run_all() {
  long s = 0;
  while (g_run) {
    Task *t = g_run;
    g_run = t->next;
    s += t->fn();
    delete t;
  }
  return s;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  for (int i = 0; i < 6; i++) submit(i, n);
  cancel_odd();
  scrub();
  long s = run_all();
  scrub();
  std::printf("result %ld\n", s);
  return 0;
}
