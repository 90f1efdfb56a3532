// EXPECT: none
// std::string::copy / (ptr, len) ctor / assign / find(ptr, pos, n) / compare / replace with exact sizes, and char_traits::move for an overlapping shift.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
char g_src[16] = "0123456789abcde";
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s(argv[2]);
  char buf[11];
  size_t got = s.copy(buf, n);
  buf[got] = '\0';
  char raw[10];
  std::memcpy(raw, argv[2], sizeof raw);
  std::string t(raw, sizeof raw);
  std::string u;
  u.assign(g_src, sizeof g_src - 1);
  char needle[4] = {'C', 'D', 'E', 'F'};
  size_t at = s.find(needle, 0, sizeof needle);
  char key[9];
  std::memcpy(key, argv[2], 8);
  key[8] = '\0';
  int c = s.compare(key);
  u.replace(0, 2, g_src, sizeof g_src - 1);
  char shift[32];
  std::strcpy(shift, argv[2]);
  std::char_traits<char>::move(shift + 1, shift, n);
  std::string w = s;
  w.copy(&w[13], 10);
  std::printf("%s %s %s %zu %d %zu %.12s %s\n", buf, t.c_str(), u.c_str(), at, c > 0, u.size(), shift, w.c_str());
  return 0;
}
