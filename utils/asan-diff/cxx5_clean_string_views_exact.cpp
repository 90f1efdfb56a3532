// EXPECT: none
// Strings and views used within their lifetimes: c_str within reserve, getline copies, remove_prefix within size.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s;
  s.reserve(256);
  s = argv[2];
  const char *p = s.c_str();
  for (int i = 0; i < n; i++) s += argv[2][i];
  size_t plen = std::strlen(p);
  std::string text = std::string("header-") + argv[2] + "\n" + argv[2] + argv[2] + "\n";
  std::istringstream in(text);
  std::string line, header;
  std::getline(in, line);
  header = line;
  while (std::getline(in, line)) {}
  std::string_view sv(s);
  sv.remove_prefix(sv.size() - 1);
  char scratch[64];
  std::stringstream ss;
  ss.rdbuf()->pubsetbuf(scratch, sizeof scratch);
  ss << "id=" << n << ' ' << argv[2];
  std::vector<std::string> names;
  names.push_back(argv[2]);
  std::string first = names[0];
  for (int i = 0; i < n; i++) names.push_back(first.substr(i, 3));
  std::string moved = std::move(s);
  std::printf("%zu %zu %c %d %zu %zu\n", plen, header.size(), sv[0], (int)ss.tellp(), names.size(), moved.size());
  return 0;
}
