// EXPECT: none
// FLAGS: -std=c++23
// Clean: std::expected results are copied into named strings before use,
// resize_and_overwrite is given exactly the room the callback writes (two
// hex digits per byte), and std::move_only_function jobs capture their
// state by move/value and run while their submitter's data is alive.
#include <cstdio>
#include <cstdlib>
#include <expected>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

enum class Error { empty };

__attribute__((noinline)) static std::expected<std::string, Error> parse_home(const char *raw, int rep) {
  if (!raw || !*raw) return std::unexpected(Error::empty);
  std::string out = "/home/";
  for (int i = 0; i < rep; i++) out += raw;
  return out;
}

__attribute__((noinline)) static std::string to_hex(const unsigned char *p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.resize_and_overwrite(2 * n, [&](char *buf, size_t cap) {
    for (size_t i = 0; i < cap / 2; i++) {
      buf[2 * i] = digits[p[i] >> 4];
      buf[2 * i + 1] = digits[p[i] & 15];
    }
    return cap;
  });
  return out;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string home = parse_home(argv[2], n / 5).value();
  std::string_view hv = home;
  int upper = 0;
  for (char c : hv) upper += c >= 'A' && c <= 'Z';
  std::string hex = to_hex(reinterpret_cast<const unsigned char *>(argv[2]), 26);
  std::vector<std::move_only_function<long()>> jobs;
  for (int i = 0; i < n; i++) {
    auto p = std::make_unique<std::string>(argv[2] + i, 8);
    jobs.emplace_back([p = std::move(p), i] { return static_cast<long>((*p)[7]) + i; });
  }
  long s = 0;
  for (auto &j : jobs) s += j();
  std::printf("%d %zu %c %ld %d\n", upper, hex.size(), hex[51], s, argc);
  return 0;
}
