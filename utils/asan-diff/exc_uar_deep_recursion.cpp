// EXPECT: stack-use-after-return
// A recursive directory walker 2500 levels deep: level 3 records a pointer
// to its local path component, the innermost level throws, every level's
// std::string destructor runs on the way out, and the handler prints the
// component through the pointer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

static const char *g_component;

__attribute__((noinline)) static int walk(int depth, int limit, const char *name) {
  std::string path = std::to_string(depth);
  char component[48];
  std::snprintf(component, sizeof component, "%s-%d", name, depth);
  if (depth == 3) g_component = component;
  if (depth == limit) throw std::length_error("too deep: " + path);
  return walk(depth + 1, limit, name) + component[0] + (int)path.size();
}

int main(int argc, char **argv) {
  int limit = std::atoi(argv[1]) * 250;
  try {
    walk(0, limit, argv[2]);
  } catch (const std::length_error &e) {
    std::printf("%s near %c\n", e.what(), g_component[1]); // BUG
  }
  return 0;
}
