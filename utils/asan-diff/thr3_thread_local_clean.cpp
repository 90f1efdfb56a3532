// EXPECT: none
// thread_local std::string / std::vector / unique_ptr members, 10 rounds of
// 6 std::threads; their destructors free everything at thread exit.
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>
struct State {
  std::string name;
  std::vector<int> data;
  std::unique_ptr<long[]> big;
};
thread_local State st;
thread_local std::vector<std::string> log_lines;
static void work(int r, int i, long *out) {
  st.name = std::string(40 + i, 'a' + i);
  st.data.assign(100 + r, r);
  st.big.reset(new long[64]());
  for (int k = 0; k < 5; k++) log_lines.push_back(st.name + std::to_string(k));
  *out = st.data.back() + st.name.size() + log_lines.size() + st.big[63];
}
int main() {
  long s = 0;
  for (int r = 0; r < 10; r++) {
    long out[6];
    std::vector<std::thread> ts;
    for (int i = 0; i < 6; i++) ts.emplace_back(work, r, i, &out[i]);
    for (auto &t : ts) t.join();
    for (long o : out) s += o;
  }
  std::printf("%ld\n", s);
  return 0;
}
