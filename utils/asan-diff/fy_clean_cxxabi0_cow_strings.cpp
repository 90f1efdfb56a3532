// EXPECT: none
// FLAGS: -D_GLIBCXX_USE_CXX11_ABI=0
// libstdc++'s old copy-on-write std::string ABI: copies share a
// reference-counted buffer inside the uninstrumented library, writes
// through operator[] unshare it, substrings, appends and a map of string
// keys; every c_str() is used while its string still owns the buffer.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string base(argv[2]);
  std::vector<std::string> copies(n, base);  // all share one buffer
  for (int i = 0; i < n; i += 2) copies[i][i % 26] = '*';   // unshare some
  std::map<std::string, int> counts;
  for (int i = 0; i < n; i++) {
    std::string k = copies[i].substr(i % 5, 4);
    counts[k] += i;
    copies[i] += std::string(static_cast<size_t>(i), '+');
  }
  const char *p = copies[n - 1].c_str();
  std::size_t total = 0;
  for (const auto &c : copies) total += c.size();
  std::printf("%zu %zu %c %s\n", counts.size(), total, p[0], base.c_str());
  return 0;
}
