// EXPECT: none
// FLAGS: -stdlib=libc++
// libc++'s annotated std::deque and std::vector through push_front/push_back/pop at both ends, insert/erase and copies of exactly their live elements.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::deque<int> d;
  for (int i = 0; i < 300 * n; i++) {
    if (i % 3) d.push_front(argv[2][i % 26]);
    else d.push_back(i);
    if (i % 7 == 0 && !d.empty()) d.pop_front();
    if (i % 11 == 0 && !d.empty()) d.pop_back();
  }
  d.insert(d.begin() + d.size() / 2, 5, 42);
  d.erase(d.begin() + 1, d.begin() + 4);
  std::vector<int> copy(d.begin(), d.end());
  int out[3];
  std::copy(&d[0], &d[0] + 1, out);
  std::vector<char> v(argv[2], argv[2] + n);
  v.reserve(8 * n);
  v.insert(v.begin() + 2, argv[2] + 20, argv[2] + 26);
  v.erase(v.begin());
  char buf[32];
  std::memcpy(buf, v.data(), v.size());
  std::string s(argv[2]);
  s.reserve(100);
  s += s;
  std::printf("%zu %d %d %.15s %zu\n", copy.size(), copy.back(), out[0], buf, s.size());
  return 0;
}
