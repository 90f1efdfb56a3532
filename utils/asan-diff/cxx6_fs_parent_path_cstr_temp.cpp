// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// Logging code keeps `p.parent_path().c_str()` - a pointer into a
// temporary std::filesystem::path - and reads it afterwards. The directory
// name is long, so its characters live on the heap and are freed when the
// temporary path dies at the end of the declaration.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;

__attribute__((noinline)) static fs::path build_path(const char *seg, int depth) {
  fs::path p = "/var/lib/service";
  for (int i = 0; i < depth; i++) p /= std::string(seg + i, seg + i + 8);
  p /= "state.json";
  return p;
}

__attribute__((noinline)) static unsigned checksum(const char *s) {
  unsigned h = 5381;
  for (; *s; s++) h = h * 33 + static_cast<unsigned char>(*s); // BUG
  return h;
}

int main(int argc, char **argv) {
  int depth = std::atoi(argv[1]) / 2;
  fs::path file = build_path(argv[2], depth);
  const char *dir = file.parent_path().c_str();
  unsigned h = checksum(dir);
  std::printf("%s -> %08x (%d)\n", file.filename().c_str(), h, argc);
  return 0;
}
