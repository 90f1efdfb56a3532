// EXPECT: global-buffer-overflow
// FLAGS: -std=c++17
// Decimal scaling uses a variable template of powers of ten per integer
// type. The 32-bit table holds 10^0..10^9, but the scaler accepts up to
// std::numeric_limits<T>::digits10 + 1 digits of precision.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

template <class T> constexpr std::array<T, std::numeric_limits<T>::digits10 + 1> make_pow10() {
  std::array<T, std::numeric_limits<T>::digits10 + 1> a{};
  T v = 1;
  for (auto &x : a) { x = v; v = static_cast<T>(v * 10); }
  return a;
}

template <class T> static constexpr auto kPow10 = make_pow10<T>();

template <class T> __attribute__((noinline)) T scale(T value, int digits) {
  if (digits > std::numeric_limits<T>::digits10 + 1) digits = std::numeric_limits<T>::digits10 + 1;
  return value / kPow10<T>[digits]; // BUG
}

int main(int argc, char **argv) {
  int digits = std::atoi(argv[1]);
  std::uint32_t v = 4000000000u - argv[2][0];
  std::uint64_t w = 123456789012ull * argc;
  std::printf("%u %llu\n", scale<std::uint32_t>(v, digits),
              static_cast<unsigned long long>(scale<std::uint64_t>(w, digits / 2)));
  return 0;
}
