// EXPECT: heap-use-after-free
// The what() string of a caught std::runtime_error is kept after the handler ends.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
static void load(const char *path, int n) {
  if (n > 5) throw std::runtime_error(std::string("cannot open configuration file ") + path);
}
int main(int argc, char **argv) {
  const char *reason = nullptr;
  try {
    load(argv[2], std::atoi(argv[1]));
  } catch (const std::exception &e) {
    reason = e.what();
  }
  if (reason) std::printf("error: %zu\n", std::strlen(reason)); // BUG
  return 0;
}
