// EXPECT: none
// FLAGS: -std=c++17
// to_chars (including a too-small range, which reports value_too_large without writing), from_chars, ctype::widen, collate::compare/transform and codecvt in/out with exact ends.
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <locale>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char buf[16];
  long v = 123456789L * n;
  auto r1 = std::to_chars(buf, buf + sizeof buf, v);
  char tiny[4];
  auto r2 = std::to_chars(tiny, tiny + sizeof tiny, v);
  long back = 0;
  std::from_chars(buf, r1.ptr, back);
  const std::locale &loc = std::locale::classic();
  const auto &ct = std::use_facet<std::ctype<char>>(loc);
  char wide[8];
  ct.widen(argv[2], argv[2] + sizeof wide, wide);
  const auto &co = std::use_facet<std::collate<char>>(loc);
  int c = co.compare(argv[2], argv[2] + n, argv[2] + 1, argv[2] + 4);
  std::string key = co.transform(argv[2], argv[2] + n);
  const auto &cv = std::use_facet<std::codecvt<wchar_t, char, std::mbstate_t>>(loc);
  std::mbstate_t st{};
  const char *fn;
  wchar_t w[20];
  wchar_t *wn;
  cv.in(st, argv[2], argv[2] + 2 * n, fn, w, w + 2 * n, wn);
  std::mbstate_t st2{};
  const wchar_t *wf;
  char back_s[20];
  char *bn;
  cv.out(st2, w, w + 2 * n, wf, back_s, back_s + sizeof back_s, bn);
  std::printf("%d %d %ld %.8s %d %zu %d %.20s\n", (int)(r1.ptr - buf), r2.ec == std::errc::value_too_large, back, wide, c,
              key.size(), (int)(wn - w), back_s);
  return 0;
}
