// EXPECT: none
// std::rethrow_exception and future::get rethrow from 30 frames with local arrays; afterwards libstdc++'s float
// formatting (vsnprintf into its own stack buffers) and strftime run over the unwound stack region.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <exception>
#include <future>
#include <sstream>
#include <stdexcept>
#include <string>
__attribute__((noinline)) static int deep(int d, std::exception_ptr ep, const char *s) {
  char buf[256];
  std::memcpy(buf, s, 26);
  if (d == 0) std::rethrow_exception(ep);
  return deep(d - 1, ep, s) + buf[d % 26];
}
__attribute__((noinline)) static int deep_get(int d, std::future<int> &f, const char *s) {
  volatile char buf[300];
  buf[d] = s[d % 26];
  if (d == 0) return f.get();
  return deep_get(d - 1, f, s) + buf[d];
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::exception_ptr ep = std::make_exception_ptr(std::runtime_error(std::string(argv[2]) + "-boom"));
  int caught = 0;
  try {
    deep(3 * n, ep, argv[2]);
  } catch (const std::exception &e) {
    caught += std::strlen(e.what()) > 0;
  }
  auto fut = std::async(std::launch::async, [n]() -> int { throw std::logic_error("async " + std::to_string(n)); });
  try {
    deep_get(3 * n, fut, argv[2]);
  } catch (const std::logic_error &e) {
    caught += e.what()[0] == 'a';
  }
  std::ostringstream os;
  os << 3.14159 * n << ' ' << 1e300 << ' ' << 2.5e-8 << ' ' << std::to_string(1.0 / 7);
  char when[64];
  std::time_t t = 1000000 * n;
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);
  std::printf("%d %s %s\n", caught, os.str().c_str(), when);
  return 0;
}
