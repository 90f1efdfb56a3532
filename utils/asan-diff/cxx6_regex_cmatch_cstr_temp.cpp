// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// The std::string overload of regex_search is deleted for temporaries, so
// the code calls it with `read_line().c_str()` and a std::cmatch instead.
// The match results hold pointers into the temporary string, which is
// freed at the end of the statement; extracting the captured key reads
// freed memory.
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>

__attribute__((noinline)) static std::string read_line(const char *alpha, int n) {
  std::string s = "config.";
  s.append(alpha, n);
  s += " = enabled-for-all-production-hosts";
  return s;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  static const std::regex kv(R"(([\w.]+)\s*=\s*([\w-]+))");
  std::cmatch m;
  if (!std::regex_search(read_line(argv[2], n).c_str(), m, kv)) return 1;
  std::string key = m[1].str(); // BUG
  std::printf("%s %zu %d\n", key.c_str(), key.size(), argc);
  return 0;
}
