// EXPECT: heap-use-after-free
// A global logger's destructor reads a global std::string that was destroyed before it.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
struct Logger {
  const std::string *prefix = nullptr;
  long lines = 0;
  ~Logger() {
    if (prefix) std::fprintf(stderr, "%zu: %ld lines\n", std::strlen(prefix->c_str()), lines); // BUG
  }
};
Logger g_log;
std::string g_prefix;
int main(int argc, char **argv) {
  g_prefix = std::string("[service ") + argv[2] + "]";
  g_log.prefix = &g_prefix;
  g_log.lines = std::atoi(argv[1]);
  std::printf("%s\n", g_prefix.c_str());
  return 0;
}
