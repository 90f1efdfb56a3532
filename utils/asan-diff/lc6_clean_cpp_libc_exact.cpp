// EXPECT: none
// wcstombs into a std::vector<char> of exactly the converted length, sscanf %6c into a std::array<char, 6>, mbstowcs into a std::vector<wchar_t> of exactly its count, getline into a std::vector<char> buffer of exact capacity.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::wstring w;
  for (int i = 0; i < n + 2; i++)
    w.push_back(argv[2][i]);
  std::vector<char> v(w.size() + 1);
  size_t r = std::wcstombs(v.data(), w.c_str(), v.size());
  std::array<char, 6> a;
  int s = std::sscanf(argv[2], "%6c", a.data());
  std::vector<wchar_t> ws(n);
  size_t m = std::mbstowcs(ws.data(), argv[2], ws.size());
  size_t len = std::strlen(argv[2]);
  FILE *f = fmemopen(argv[2], len, "r");
  std::vector<char> line(len + 1);
  char *p = line.data();
  size_t cap = line.size();
  ssize_t g = getline(&p, &cap, f);
  std::fclose(f);
  std::printf("%zu %s %d %.6s %zu %lc %zd %s %d\n", r, v.data(), s, a.data(), m, (wint_t)ws[n - 1], g, line.data(),
              p == line.data());
  return 0;
}
