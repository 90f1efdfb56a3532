// EXPECT: heap-use-after-free
// An iterator into a heap-allocated std::string is used after append()
// reallocated the string's buffer.
#include <cstdio>
#include <string>
int main(int argc, char **argv) {
  std::string s(argv[2]);  // 26 chars: on the heap
  auto it = s.begin() + 5;
  for (int i = 0; i < 3; i++) s += argv[2];
  std::printf("%c %zu\n", *it, s.size()); // BUG
  return 0;
}
