// EXPECT: none
// a record reader over unterminated, exact-size buffers: string_views into new char[] blocks, std::from_chars up to the last byte, ifstream::read of long.txt, std::search and find_first_of, to_chars into exact arrays
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct Field {
  std::string_view text;
  long number;
  bool numeric;
};

static std::vector<Field> split_numbers(std::string_view rec) {
  std::vector<Field> out;
  while (!rec.empty()) {
    size_t cut = rec.find_first_of(",;");
    std::string_view f = rec.substr(0, cut);
    long v = 0;
    auto [p, ec] = std::from_chars(f.data(), f.data() + f.size(), v);   // may run to the block's last byte
    out.push_back({f, v, ec == std::errc() && p == f.data() + f.size()});
    if (cut == std::string_view::npos) break;
    rec.remove_prefix(cut + 1);
  }
  return out;
}

static std::unique_ptr<char[]> exact_copy(const std::string &s) {
  std::unique_ptr<char[]> b(new char[s.size()]);   // no terminator
  std::memcpy(b.get(), s.data(), s.size());
  return b;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "abc";
  // long.txt read into an exact-size block
  std::ifstream in("long.txt", std::ios::binary);
  in.seekg(0, std::ios::end);
  std::streamoff fsize = in.tellg();
  in.seekg(0);
  size_t flen = fsize > 0 ? static_cast<size_t>(fsize) : 0;
  std::unique_ptr<char[]> file(new char[flen ? flen : 1]);
  if (flen) in.read(file.get(), static_cast<std::streamsize>(flen));
  std::string_view ftext(file.get(), flen);
  static const char needle[] = {'o', 'n', ' ', 'a', 'n', 'd'};
  auto hit = std::search(ftext.begin(), ftext.end(), std::begin(needle), std::end(needle));
  size_t first_nl = ftext.find('\n');
  long total = 0;
  int numeric = 0, fields = 0;
  size_t textbytes = 0;
  for (int i = 0; i < n * 4; i++) {
    std::string rec = std::to_string(i * 37) + "," + word.substr(0, 1 + i % word.size()) + ";" + std::to_string(-i) + "," +
                      std::to_string(i * i * 1001);   // ends in digits: from_chars reads to the end
    auto block = exact_copy(rec);
    for (const Field &f : split_numbers(std::string_view(block.get(), rec.size()))) {
      fields++;
      if (f.numeric) { numeric++; total += f.number; }
      else textbytes += f.text.size();
    }
  }
  std::array<char, 20> digits;   // exactly enough for any long
  auto r = std::to_chars(digits.data(), digits.data() + digits.size(), total);
  std::string_view tv(digits.data(), static_cast<size_t>(r.ptr - digits.data()));
  std::printf("file=%zu nl=%zu hit=%ld fields=%d numeric=%d text=%zu total=%.*s\n", flen, first_nl,
              static_cast<long>(hit - ftext.begin()), fields, numeric, textbytes, static_cast<int>(tv.size()), tv.data());
  return 0;
}
