// EXPECT: none
// Lambdas capturing stack arrays and counters by reference, stored in
// std::function objects and in a hand-made function_ref (object pointer
// plus trampoline), called only while the captured frames are alive:
// recursively, from callees, and through a vector of callbacks.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

template <class Sig> class FnRef;
template <class R, class... A> class FnRef<R(A...)> {
  void *obj;
  R (*call)(void *, A...);

public:
  template <class F>
  FnRef(F &f) : obj(&f), call([](void *o, A... a) -> R { return (*static_cast<F *>(o))(a...); }) {}
  R operator()(A... a) const { return call(obj, a...); }
};

__attribute__((noinline)) static long visit_all(int n, FnRef<long(int)> fn) {
  long s = 0;
  for (int i = 0; i < n; i++) s += fn(i);
  return s;
}

__attribute__((noinline)) static long recurse(int d, const std::function<long(int)> &outer) {
  std::array<int, 25> mine{};
  for (int i = 0; i < 25; i++) mine[i] = d * i;
  long hits = 0;
  std::function<long(int)> inner = [&](int k) {
    hits++;
    return outer(k) + mine[k % 25];
  };
  long s = d ? recurse(d - 1, inner) : inner(d);
  return s + hits;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 20; r++) {
    int table[50];
    for (int i = 0; i < 50; i++) table[i] = (i * r) % 13;
    long counter = 0;
    auto lookup = [&](int i) -> long {
      counter++;
      return table[i % 50];
    };
    total += visit_all(50, FnRef<long(int)>(lookup));
    std::function<long(int)> base = [&](int k) { return (long)table[k % 50] + counter; };
    total += recurse(15, base);
    std::vector<std::function<void()>> callbacks;
    for (int i = 0; i < 10; i++) callbacks.push_back([&table, &counter, i] { counter += table[i * 5]; });
    for (auto &cb : callbacks) cb();
    total += counter;
  }
  std::printf("%ld\n", total);
  return 0;
}
