// EXPECT: none
// thread_local std::string, std::vector<std::string> and std::map in 8
// rounds of 8 std::threads; each thread grows them, reads them back, and
// their destructors free everything when the thread ends.
#include <cstdio>
#include <map>
#include <string>
#include <thread>
#include <vector>
thread_local std::string tl_text;
thread_local std::vector<std::string> tl_lines;
thread_local std::map<int, std::vector<int>> tl_index;
static void work(int r, int i, long *out) {
  for (int k = 0; k < 50; k++) {
    tl_text += std::to_string(k * r + i);
    tl_lines.push_back(std::string(20 + k, char('a' + k % 26)));
    tl_index[k % 7].push_back(k);
  }
  long s = (long)tl_text.size();
  for (auto &l : tl_lines) s += l.back();
  for (auto &kv : tl_index) s += kv.second.back();
  *out = s;
}
int main() {
  long total = 0;
  for (int r = 0; r < 8; r++) {
    long out[8];
    std::vector<std::thread> ts;
    for (int i = 0; i < 8; i++) ts.emplace_back(work, r, i, &out[i]);
    for (auto &t : ts) t.join();
    for (long o : out) total += o;
  }
  tl_text = "main thread too";
  tl_lines.assign(3, tl_text);
  std::printf("%ld %zu\n", total, tl_lines.size());
  return 0;
}
