// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A string_view of a heap std::string's buffer is written to std::cout after the string is destroyed.
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string *s = new std::string(argv[2]);
  std::string_view v(s->data() + n, s->size() - n);
  delete s;
  std::cout << v << '\n'; // BUG
  return 0;
}
