// EXPECT: none
// 8 threads throw from 10 frames deep (each holding a local array and a
// std::string) and hand the exceptions to main as exception_ptrs, through
// promise::set_exception; main rethrows each one from a deep frame of its
// own, catches it, and reuses its stack.
#include <cstdio>
#include <cstring>
#include <exception>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>
__attribute__((noinline)) static int dive(int d, int id) {
  char buf[96];
  std::memset(buf, d, sizeof buf);
  std::string s(40 + d, char('a' + id));
  if (d == 0) throw std::runtime_error(s + std::to_string(id));
  return dive(d - 1, id) + buf[d] + (int)s.size();
}
__attribute__((noinline)) static long rethrow_deep(int d, std::future<int> &f) {
  int loc[30];
  for (int i = 0; i < 30; i++) loc[i] = d + i;
  if (d == 0) return f.get();
  return rethrow_deep(d - 1, f) + loc[29];
}
__attribute__((noinline)) static long use_stack(int d) {
  char big[512];
  std::memset(big, d, sizeof big);
  return d == 0 ? big[511] : use_stack(d - 1) + big[d];
}
int main() {
  long total = 0;
  for (int r = 0; r < 6; r++) {
    std::vector<std::promise<int>> ps(8);
    std::vector<std::future<int>> fs;
    for (auto &p : ps) fs.push_back(p.get_future());
    std::vector<std::thread> ts;
    for (int i = 0; i < 8; i++)
      ts.emplace_back([&ps, i] {
        try {
          ps[i].set_value(dive(10, i));
        } catch (...) {
          ps[i].set_exception(std::current_exception());
        }
      });
    for (auto &t : ts) t.join();
    for (auto &f : fs) {
      try {
        total += rethrow_deep(8, f);
      } catch (const std::exception &e) {
        char msg[80];
        std::strncpy(msg, e.what(), sizeof msg - 1);
        msg[sizeof msg - 1] = 0;
        total += (long)std::strlen(msg) + use_stack(10);
      }
    }
  }
  std::printf("%ld\n", total);
  return 0;
}
