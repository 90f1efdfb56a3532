// EXPECT: none
// C++ calls that end in libc, at the edges: string(ptr, n), sort to the true end, read/getline/write/copy of exact sizes.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>
char prefix[8] = "pre-fix";
template <typename T> static void copy_items(T *dst, const T *src, size_t n) {
  std::memcpy(dst, src, n * sizeof(T));
}
int main(int argc, char **argv) {
  char code[6];
  std::memcpy(code, argv[2], sizeof code);
  std::string s1(code, sizeof code);
  std::string s2(prefix, sizeof prefix - 1);
  int n = std::atoi(argv[1]);
  int v[10];
  for (int i = 0; i < 10; i++)
    v[i] = argv[2][i] * (i % 3 ? 1 : -1);
  std::sort(v, v + n);
  std::istringstream in(std::string(argv[2]) + argv[2]);
  char buf[16];
  in.read(buf, sizeof buf);
  std::ifstream f("long.txt");
  char line[16];
  f.getline(line, sizeof line);
  std::vector<char> vb(argv[2], argv[2] + 5);
  vb.push_back('\0');
  std::size_t vl = std::strlen(vb.data());
  char dst[8];
  copy_items(dst, argv[2], sizeof dst);
  std::string s3(argv[2]);
  char *out = new char[n];
  std::size_t cn = s3.copy(out, n);
  std::cout.write(out, cn);
  std::cout.write(code, sizeof code) << '\n';
  std::array<char, 12> small;
  std::snprintf(small.data(), small.size(), "key=%s", argv[2]);
  std::string s4 = "file.";
  s4.append(code, 4);
  std::printf("%zu %zu %d %zd %zd %zu %.8s %s %s\n", s1.size(), s2.size(), v[0], (ssize_t)in.gcount(), (ssize_t)f.gcount(), vl, dst, small.data(), s4.c_str());
  delete[] out;
  return 0;
}
