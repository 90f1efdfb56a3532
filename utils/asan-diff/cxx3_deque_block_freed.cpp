// EXPECT: heap-use-after-free
// A reference to a deque's front element is read after pop_front() moved
// past the whole first 512-byte block, which libstdc++ frees.
#include <cstdio>
#include <cstdlib>
#include <deque>
int main(int argc, char **argv) {
  std::deque<int> d;
  for (int i = 0; i < 400; i++) d.push_back(i);
  int &front = d.front();
  int n = std::atoi(argv[1]) * 20;  // 200 > 128 ints per block
  for (int i = 0; i < n; i++) d.pop_front();
  std::printf("%d %zu\n", front, d.size()); // BUG
  return 0;
}
