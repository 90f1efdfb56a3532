// EXPECT: stack-buffer-overflow
#include <cstdlib>
#include <cstring>
#include <iostream>
int main(int argc, char **argv) {
  char tag[5];
  std::memcpy(tag, argv[2], sizeof tag);
  std::cout << tag + (argc - 3) << '\n'; // BUG
  return 0;
}
