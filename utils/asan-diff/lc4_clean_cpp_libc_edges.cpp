// EXPECT: none
// C++ containers handed to libc and iostreams at exactly their sizes.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  std::vector<char> v(8);
  std::ifstream in("long.txt", std::ios::binary);
  in.read(v.data(), v.size());
  char tag[6];
  std::memcpy(tag, argv[2], 5);
  tag[5] = 0;
  std::cout << tag << '\n';
  std::unique_ptr<char[]> raw(new char[7]);
  std::memcpy(raw.get(), argv[2], 6);
  raw[6] = 0;
  std::string s(raw.get());
  std::string s2(raw.get(), 6);
  std::array<char, 8> a;
  int n = std::snprintf(a.data(), a.size(), "%s", argv[2]);
  std::wstring w(std::atoi(argv[1]) * 3, L'w');
  std::size_t wl = std::wcslen(w.c_str());
  std::vector<char> line(64);
  FILE *f = std::fopen("long.txt", "r");
  char *r = std::fgets(line.data(), line.size(), f);
  std::fclose(f);
  std::string big(40, 'x');
  std::size_t bl = std::strlen(big.c_str());
  std::printf("%.8s %s %zu %d %s %zu %d %zu\n", v.data(), s.c_str(), s2.size(), n, a.data(), wl,
              r != nullptr, bl);
  return 0;
}
