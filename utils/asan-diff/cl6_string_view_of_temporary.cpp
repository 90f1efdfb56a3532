// EXPECT: stack-use-after-scope
// A metrics exporter builds label keys as std::string_view to save
// copies. One key is initialised from a concatenation, a temporary
// std::string that dies at the end of the declaration; the key is short,
// so its characters live in the temporary's inline (SSO) buffer on the
// stack, and hashing the view afterwards reads that dead buffer.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

__attribute__((noinline)) static unsigned hash_key(std::string_view k) {
  unsigned h = 2166136261u;
  for (char c : k) h = (h ^ (unsigned char)c) * 16777619u;  // BUG
  return h;
}

__attribute__((noinline)) static std::string label(int i) { return "m" + std::to_string(i); }

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  unsigned acc = 0;
  for (int i = 0; i < n; i++) {
    std::string_view key = label(i) + "_total";  // the temporary dies here
    acc ^= hash_key(key);
  }
  std::printf("%08x\n", acc);
  return 0;
}
