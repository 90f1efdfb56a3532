// EXPECT: none
// Eight threads each grow a thread_local std::string and std::vector (heap
// reallocations), read their last elements, and exit so the thread-local
// destructors free them; a second wave reuses the threads' slots.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>
static thread_local std::string log_line;
static thread_local std::vector<long> history;
static const char *text;
static long work(int id, int n) {
  for (int i = 0; i < n; i++) {
    log_line.push_back(text[(i + id) % 26]);
    history.push_back((long)id * i);
  }
  return history.back() + log_line.back() + (long)log_line.size();
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 50;
  text = argv[2];
  long total = 0;
  for (int wave = 0; wave < 2; wave++) {
    std::vector<long> res(8);
    std::vector<std::thread> ts;
    for (int i = 0; i < 8; i++)
      ts.emplace_back([&res, i, n] { res[i] = work(i, n); });
    for (auto &t : ts) t.join();
    for (long r : res) total += r;
  }
  std::printf("%ld\n", total);
  return 0;
}
