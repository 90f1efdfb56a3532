// EXPECT: heap-use-after-free
// A reference to a std::map value is used after the map is reassigned from a fresh map.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
static std::map<std::string, int> load(const char *s, int n) {
  std::map<std::string, int> m;
  for (int i = 0; i < n; i++) m[std::string(1, s[i])] = i;
  return m;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::map<std::string, int> settings = load(argv[2], n);
  int &verbosity = settings["B"];
  settings = load(argv[2] + n, n);
  verbosity += 1; // BUG
  std::printf("%zu\n", settings.size());
  return 0;
}
