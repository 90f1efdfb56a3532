// EXPECT: heap-buffer-overflow
// A name field of a std::unique_ptr<char[]> of name.size() bytes is filled with strncpy bounded by the field width constant, which pads to 32 bytes.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
constexpr size_t kFieldWidth = 32;
int main(int argc, char **argv) {
  std::string name(argv[2], std::atoi(argv[1]));
  std::unique_ptr<char[]> field(new char[name.size() + 1]);
  std::strncpy(field.get(), name.c_str(), kFieldWidth); // BUG
  std::printf("%s\n", field.get());
  return 0;
}
