// EXPECT: global-buffer-overflow
// FLAGS: -std=c++17
// A namespace-scope constexpr name table (internal linkage) is indexed
// with an enum class whose last enumerator is a Count sentinel; logging
// the sentinel reads one pointer past the table.
#include <cstdio>
#include <cstdlib>
namespace log {
enum class Level { Trace, Debug, Info, Warn, Error, Count };
constexpr const char *kLevelNames[] = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR"};
__attribute__((noinline)) const char *name(Level l) {
  return kLevelNames[static_cast<int>(l)]; // BUG
}
}  // namespace log
int main(int argc, char **argv) {
  int raw = std::atoi(argv[1]) / 2;  // 5 == Level::Count
  const char *n = log::name(static_cast<log::Level>(raw));
  std::printf("%c %d\n", n ? n[0] : '?', argc);
  return 0;
}
