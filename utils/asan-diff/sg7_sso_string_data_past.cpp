// EXPECT: stack-buffer-overflow
// A short std::string lives entirely inside the object on the stack (SSO);
// code that appends a checksum byte writes at data()[capacity() + 1],
// i.e. past the end of the std::string object itself.
#include <cstdio>
#include <cstdlib>
#include <string>
__attribute__((noinline)) static void stamp(char *raw, size_t at, char c) {
  raw[at] = c; // BUG
}
__attribute__((noinline)) static size_t make_id(const char *prefix, int n) {
  std::string id(prefix, 6);
  id += std::to_string(n);
  // "reserve room for the checksum after the NUL" -- there is none.
  stamp(&id[0], id.capacity() + 1, (char)('0' + n % 10));
  return id.size() + (size_t)id[0];
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::printf("%zu %d\n", make_id(argv[2], n), argc);
  return 0;
}
