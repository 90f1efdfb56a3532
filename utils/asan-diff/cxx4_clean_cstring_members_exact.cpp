// EXPECT: none
// FLAGS: -std=c++17
// strncpy/strcat into struct members with room for the NUL, sprintf into a std::array of exact size, memcmp inside both buffers, fgets into string::data() of exact size.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
struct Rec {
  int id;
  char name[8];
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Rec r;
  r.id = n;
  std::strncpy(r.name, argv[2], sizeof r.name - 1);
  r.name[sizeof r.name - 1] = '\0';
  Rec *h = new Rec;
  std::strcpy(h->name, "AB");
  std::strcat(h->name, argv[2] + 2 * n + 1);
  std::array<char, 10> tag;
  std::sprintf(tag.data(), "%.6s-%d", argv[2] + n * 2, n);
  std::string s(argv[2] + 1, 16);
  int c = std::memcmp(s.data(), argv[2], s.size());
  std::string line(2 * n, ' ');
  std::FILE *f = std::fopen("long.txt", "r");
  if (!f) return 1;
  std::fgets(line.data(), line.size() + 1, f);
  std::fclose(f);
  std::printf("%s %s %s %d %s\n", r.name, h->name, tag.data(), c > 0, line.c_str());
  delete h;
  return 0;
}
