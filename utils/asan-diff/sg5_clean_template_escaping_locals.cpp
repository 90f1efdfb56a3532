// EXPECT: none
// Template-heavy code: many small locals of many types whose addresses
// escape into noinline visitors, tuples of references and callbacks.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <tuple>
#include <utility>
template <typename T> __attribute__((noinline)) void bump(T *p) { *p = *p + T(1); }
template <typename... Ts> __attribute__((noinline)) long sum_all(const Ts *...ps) { return (0L + ... + (long)*ps); }
template <typename T, size_t N> struct Box {
  T v[N];
  template <typename F> void each(F f) { for (auto &x : v) f(x); }
};
template <typename T, size_t N> __attribute__((noinline)) T reduce(Box<T, N> b) {
  T t{};
  b.each([&t](T &x) { bump(&x); t += x; });
  return t;
}
template <size_t... I> long run(std::index_sequence<I...>, int seed) {
  long s = 0;
  ((s += reduce(Box<int, I + 1>{{}}) + seed), ...);
  return s;
}
int main(int argc, char **argv) {
  int a = argc; char b = 'x'; short c = 3; long d = std::atol(argv[1]); float e = 1.5f; double f = 2.25;
  bump(&a); bump(&b); bump(&c); bump(&d); bump(&e); bump(&f);
  auto refs = std::tie(a, c, d);
  std::get<1>(refs) += 2;
  std::array<std::reference_wrapper<long>, 1> w{std::ref(d)};
  w[0].get() *= 2;
  long t = sum_all(&a, &b, &c, &d, &e, &f);
  t += run(std::make_index_sequence<12>{}, a);
  std::function<void()> fn = [&] { t += a + c; };
  fn();
  std::printf("%ld\n", t);
  return 0;
}
