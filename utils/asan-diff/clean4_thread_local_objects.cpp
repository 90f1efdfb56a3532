// EXPECT: none
// thread_local objects with constructors and destructors (arrays inside,
// a std::string, a vector), thread_local arrays of odd sizes, touched up
// to their ends in many short threads; the destructors read their own
// arrays and publish a sum through an atomic.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

static std::atomic<long> published{0};

struct Journal {
  char entries[10][23];
  int count = 0;
  std::string owner;
  std::vector<int> marks;
  Journal() : owner("journal-owner-with-a-long-name") { std::memset(entries, 0, sizeof entries); }
  void add(const char *s) {
    std::snprintf(entries[count % 10], sizeof entries[0], "%s", s);
    count++;
    marks.push_back(count);
  }
  ~Journal() {
    long s = (long)owner.size() + count;
    for (auto &e : entries) s += e[21] + (long)std::strlen(e);
    for (int m : marks) s += m;
    published += s;
  }
};

thread_local Journal journal;
thread_local char tl_odd[19];
thread_local long tl_wide[41];

__attribute__((noinline)) static long work(int id, int rounds) {
  char line[32];
  long s = 0;
  for (int r = 0; r < rounds; r++) {
    std::snprintf(line, sizeof line, "t%d-r%d-%s", id, r, "xxxxxxxxxxxxxxxxxx");
    journal.add(line);
    tl_odd[r % 19] = (char)r;
    tl_wide[40] += r;
    s += tl_odd[18] + tl_wide[40];
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n * 2; round++) {
    std::vector<std::thread> threads;
    std::vector<long> results(6);
    for (int t = 0; t < 6; t++) threads.emplace_back([&results, t, round] { results[t] = work(t, 20 + (t + round) % 10); });
    for (auto &th : threads) th.join();
    for (long v : results) total += v;
  }
  total += work(99, 5);
  std::printf("%ld %ld\n", total, published.load());
  return 0;
}
