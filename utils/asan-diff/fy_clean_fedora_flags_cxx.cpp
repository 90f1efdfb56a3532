// EXPECT: none
// FLAGS: -flto=auto -ffat-lto-objects -fexceptions -grecord-gcc-switches -pipe -Wall -Werror=format-security -Wp,-D_FORTIFY_SOURCE=3 -Wp,-D_GLIBCXX_ASSERTIONS -fstack-protector-strong -m64 -march=x86-64 -mtune=generic -fasynchronous-unwind-tables -fstack-clash-protection -fcf-protection -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer
// Fedora's default C++ flags on correct code: checked std::vector and
// std::string indexing (_GLIBCXX_ASSERTIONS), fortified snprintf/memcpy
// into vector storage of run-time size, an exception thrown and caught
// across LTO-inlined frames, std::array at() bounds.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

static int checked(const std::vector<int> &v, size_t i) {
  if (i >= v.size()) throw std::out_of_range("index " + std::to_string(i));
  return v[i];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> v(n);
  for (int i = 0; i < n; i++) v[i] = i * i;
  std::vector<char> raw(std::strlen(argv[2]) + 1);
  std::memcpy(raw.data(), argv[2], raw.size());
  std::vector<char> line(32);
  std::snprintf(line.data(), line.size(), "%d:%s", v[n - 1], raw.data());
  std::array<int, 4> a{{1, 2, 3, 4}};
  int caught = 0;
  try {
    checked(v, v.size());
  } catch (const std::out_of_range &e) {
    caught = static_cast<int>(std::strlen(e.what()));
  }
  std::string s(line.data());
  std::printf("%s %d %d %c\n", s.c_str(), caught, a.at(3), s[s.size() - 1]);
  return 0;
}
