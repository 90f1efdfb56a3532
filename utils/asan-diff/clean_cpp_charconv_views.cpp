// EXPECT: none
// std::to_chars/from_chars into exact-fit and too-small buffers, string_view searches over unterminated arrays and heap block ends, std::variant/optional/any.
#include <any>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>
int main(int argc, char **argv) {
  char exact[5];                                   /* "-1234": no terminator needed */
  auto r1 = std::to_chars(exact, exact + sizeof exact, -1234);
  char small[2];
  auto r2 = std::to_chars(small, small + sizeof small, 999);      /* value_too_large */
  char fl[16];
  auto r3 = std::to_chars(fl, fl + sizeof fl, 3.25);
  char hx[2];
  auto r4 = std::to_chars(hx, hx + 2, 255, 16);                   /* "ff" exactly */
  std::unique_ptr<char[]> heap(new char[3]);
  std::memcpy(heap.get(), "417", 3);                              /* unterminated, odd-sized */
  int v = 0;
  auto p1 = std::from_chars(heap.get(), heap.get() + 3, v);
  double d = 0;
  auto p2 = std::from_chars(fl, r3.ptr, d);
  int bad = 7;
  auto p3 = std::from_chars(heap.get(), heap.get(), bad);         /* empty range */
  char raw[6] = {'h', 'a', 'y', 's', 't', 'k'};                   /* unterminated */
  std::string_view sv(raw, sizeof raw);
  size_t f1 = sv.find("st"), f2 = sv.find('k'), f3 = sv.rfind('a'), f4 = sv.find_first_of("xyz"), f5 = sv.find("kz");
  size_t f6 = sv.find_last_not_of("k"), f7 = sv.find(""), f8 = sv.substr(2, 10).find('t');
  bool sw = sv.substr(0, 3) == "hay", cmp = sv.compare(0, 6, "haystk") == 0;
  std::string s(argv[2]);
  std::string_view tail = std::string_view(s).substr(s.size() - 3);
  size_t f9 = tail.find("XYZ");
  std::variant<int, std::string, std::vector<int>> var = std::string(40, 'v');
  size_t vs = std::get<std::string>(var).size();
  var = std::vector<int>(5, 1);
  size_t vv = std::get<2>(var).size();
  var = 3;
  int vi = std::visit([](auto &&x) -> int { if constexpr (std::is_same_v<std::decay_t<decltype(x)>, int>) return x; else return -1; }, var);
  std::optional<std::string> opt;
  bool had = opt.has_value();
  opt.emplace(50, 'o');
  std::optional<std::string> moved = std::move(opt);
  opt.reset();
  std::any any = std::string("any-string-long-enough-to-allocate");
  size_t al = std::any_cast<std::string &>(any).size();
  any = 5;
  std::printf("%.*s %d %d %.*s %.2s %d %d %d %g %d %zu %zu %zu %zu %zu %zu %zu %zu %d %d %zu %zu %zu %d %d %zu %zu %d\n",
              (int)(r1.ptr - exact), exact, r2.ec == std::errc::value_too_large, (int)(r2.ptr == small + 2), (int)(r3.ptr - fl), fl,
              hx, r4.ec == std::errc(), v, p1.ptr == heap.get() + 3, d, p3.ec == std::errc::invalid_argument, f1, f2, f3, f4, f5,
              f6, f7, f8, sw, cmp, f9, vs, vv, vi, had, moved->size(), al, argc);
  return 0;
}
