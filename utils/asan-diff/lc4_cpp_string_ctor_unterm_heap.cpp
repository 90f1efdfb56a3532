// EXPECT: heap-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
int main(int argc, char **argv) {
  std::unique_ptr<char[]> raw(new char[6]);
  std::memcpy(raw.get(), argv[2], 6);
  std::string s(raw.get() + (argc - 3)); // BUG
  std::printf("%zu\n", s.size());
  return 0;
}
