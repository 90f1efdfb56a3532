// EXPECT: none
// Exceptions carried across threads and frames: std::exception_ptr, std::future from async/promise, nested_exception, rethrow from a catch in a deep frame with arrays.
#include <cstdio>
#include <cstring>
#include <exception>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>
__attribute__((noinline)) static int deep(int n, const char *tag) {
  char frame[32 + 8 * (n % 4)];
  std::snprintf(frame, sizeof frame, "%s-%d", tag, n);
  if (n == 0) throw std::runtime_error(frame);
  try {
    return deep(n - 1, tag) + frame[0];
  } catch (const std::runtime_error &) {
    if (n % 3 == 0) std::throw_with_nested(std::logic_error(std::string(frame) + "/nested"));
    throw;
  }
}
static size_t unwrap(const std::exception &e, int level) {
  size_t n = std::strlen(e.what()) + level;
  try { std::rethrow_if_nested(e); } catch (const std::exception &inner) { n += unwrap(inner, level + 1); }
  return n;
}
int main(int argc, char **argv) {
  size_t total = 0;
  for (int i = 1; i < 8; i++) {
    try { deep(i, argv[2]); } catch (const std::exception &e) { total += unwrap(e, 0); }
  }
  std::exception_ptr ep;
  try { std::vector<int> v(3); (void)v.at(10); } catch (...) { ep = std::current_exception(); }
  std::string what;
  try { std::rethrow_exception(ep); } catch (const std::out_of_range &e) { what = e.what(); }
  auto fut = std::async(std::launch::async, [] { char buf[32] = "thrown"; if (buf[0]) throw std::runtime_error(buf); return 1; });
  std::string msg;
  try { fut.get(); } catch (const std::runtime_error &e) { msg = e.what(); }
  std::promise<int> pr;
  auto f2 = pr.get_future();
  std::thread t([&pr] {
    try { deep(5, "thread"); } catch (...) { pr.set_exception(std::current_exception()); }
  });
  size_t ll = 0;
  try { f2.get(); } catch (const std::exception &e) { ll = unwrap(e, 0); }
  t.join();
  std::printf("%zu %d %s %zu %d\n", total, what.size() > 0, msg.c_str(), ll, argc);
  return 0;
}
