// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// A command-line splitter builds each field as a loop-body std::string and
// stores a std::string_view of it into a vector. The fields are short, so
// their characters live in the string object's inline (SSO) buffer on the
// stack, which goes out of scope at the end of each iteration; hashing the
// collected fields after the loop reads dead stack slots.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

__attribute__((noinline)) static unsigned split_and_hash(const char *s, int fields, int width,
                                                         size_t *count) {
  std::vector<std::string_view> out;
  for (int i = 0; i < fields; i++) {
    std::string field(s + i * width, width);
    for (char &c : field) c = static_cast<char>(c | 0x20);
    out.push_back(field);
  }
  *count = out.size();
  unsigned h = 0;
  for (std::string_view f : out)
    for (char c : f) h = h * 33 + c; // BUG
  return h;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  size_t count = 0;
  unsigned h = split_and_hash(argv[2], n / 2, 4, &count);
  std::printf("%zu %08x %d\n", count, h, argc);
  return 0;
}
