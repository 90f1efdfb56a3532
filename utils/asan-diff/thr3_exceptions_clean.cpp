// EXPECT: none
// 12 rounds of 8 std::threads that throw through frames holding stack arrays
// and std::strings, catch, and hand results back through std::async futures.
#include <cstdio>
#include <cstring>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>
__attribute__((noinline)) static int dive(int d, int id) {
  char buf[128];
  std::memset(buf, d, sizeof buf);
  std::string s(50 + d, 'x');
  if (d == 0) {
    if (id % 3 == 0) throw std::runtime_error(s);
    return buf[127];
  }
  return dive(d - 1, id) + buf[d] + (int)s.size();
}
static long task(int id) {
  long r = 0;
  for (int k = 0; k < 3; k++) {
    try { r += dive(6, id + k); }
    catch (const std::exception &e) { char tmp[64]; std::strncpy(tmp, e.what(), 63); tmp[63] = 0; r += std::strlen(tmp); }
  }
  return r;
}
int main() {
  long s = 0;
  for (int r = 0; r < 12; r++) {
    std::vector<std::future<long>> fs;
    for (int i = 0; i < 8; i++) fs.push_back(std::async(std::launch::async, task, r * 8 + i));
    for (auto &f : fs) s += f.get();
    try {
      std::async(std::launch::async, [] { throw std::logic_error("thrown in a thread"); }).get();
    } catch (const std::logic_error &e) { s += std::strlen(e.what()); }
  }
  std::printf("%ld\n", s);
  return 0;
}
