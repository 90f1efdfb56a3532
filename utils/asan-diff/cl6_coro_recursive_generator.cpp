// EXPECT: none
// FLAGS: -std=c++20
// A recursive C++20 generator walks a binary search tree in order: each
// level creates a child generator (its own heap frame) and re-yields its
// values; the caller's loop keeps a local window array of the last eight
// values and the generator frames hold local buffers across suspension.
// Generators are abandoned half-way on purpose (destroyed while
// suspended) and the tree is walked again.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

struct Gen {
  struct promise_type {
    int value = 0;
    Gen get_return_object() { return Gen{H::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) { value = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  using H = std::coroutine_handle<promise_type>;
  H h;
  explicit Gen(H x) : h(x) {}
  Gen(Gen &&o) noexcept : h(std::exchange(o.h, {})) {}
  ~Gen() { if (h) h.destroy(); }
  bool next() { h.resume(); return !h.done(); }
  int get() const { return h.promise().value; }
};

struct Tree {
  int key;
  Tree *l = nullptr, *r = nullptr;
};

static Gen walk(const Tree *t, int depth) {
  if (!t) co_return;
  char label[24];
  std::snprintf(label, sizeof label, "d%d-k%d", depth, t->key);
  Gen left = walk(t->l, depth + 1);
  while (left.next()) co_yield left.get();
  co_yield t->key * 100 + (int)std::strlen(label);
  Gen right = walk(t->r, depth + 1);
  while (right.next()) co_yield right.get();
}

static Tree *insert(Tree *t, int k) {
  if (!t) return new Tree{k};
  if (k < t->key) t->l = insert(t->l, k);
  else t->r = insert(t->r, k);
  return t;
}

static void drop(Tree *t) {
  if (!t) return;
  drop(t->l);
  drop(t->r);
  delete t;
}

__attribute__((noinline)) static long consume(const Tree *root, int limit) {
  int window[8];
  int n = 0;
  long s = 0;
  Gen g = walk(root, 0);
  while (g.next()) {
    window[n % 8] = g.get();
    n++;
    if (n >= 8) s += window[(n - 8) % 8] - window[(n - 1) % 8];
    if (n == limit) break;  // abandon with the frames suspended
  }
  return s + n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  Tree *root = nullptr;
  unsigned x = 12345;
  for (int i = 0; i < n * 40; i++) {
    x = x * 1103515245u + 12345u;
    root = insert(root, (int)(x >> 16) % 5000);
  }
  long total = 0;
  for (int lim = 1; lim < n * 50; lim += 37) total += consume(root, lim);
  std::printf("%ld\n", total);
  drop(root);
  return 0;
}
