// EXPECT: heap-use-after-free
#include <cstdio>
#include <deque>
int main(int argc, char **argv) {
  std::deque<long> d;
  for (int i = 0; i < 600; i++) d.push_back(i);
  long &front = d.front();
  for (int i = 0; i < 599; i++) d.pop_front();
  std::printf("%ld\n", front); // BUG
  return 0;
}
