// EXPECT: none
// Placement new into exactly sized, exactly aligned stack storage
// (alignas + sizeof), std::launder, explicit destruction, and a type-erased
// holder whose inline buffer is sized by the largest type it takes.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <type_traits>
struct Vec3 { double x, y, z; Vec3(double v) : x(v), y(v * 2), z(v * 3) {} };
struct Name { std::string s; explicit Name(int n) : s("name-" + std::to_string(n)) {} };
template <typename... Ts> struct Any {
  static constexpr size_t kSize = std::max({sizeof(Ts)...});
  static constexpr size_t kAlign = std::max({alignof(Ts)...});
  alignas(kAlign) unsigned char buf[kSize];
  void (*dtor)(void *) = nullptr;
  template <typename T, typename... A> T *emplace(A &&...a) {
    static_assert(sizeof(T) <= kSize && alignof(T) <= kAlign);
    reset();
    T *p = new (buf) T(static_cast<A &&>(a)...);
    dtor = [](void *q) { static_cast<T *>(q)->~T(); };
    return p;
  }
  void reset() { if (dtor) dtor(buf); dtor = nullptr; }
  ~Any() { reset(); }
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  alignas(Vec3) unsigned char raw[sizeof(Vec3)];
  new (raw) Vec3(n);
  Vec3 *v = std::launder(reinterpret_cast<Vec3 *>(raw));
  double t = v->z;
  v->~Vec3();
  Any<Vec3, Name, long> a;
  t += a.emplace<Vec3>(1.5)->y;
  t += a.emplace<Name>(argc)->s.size();
  t += *a.emplace<long>(7L);
  std::printf("%f\n", t);
  return 0;
}
