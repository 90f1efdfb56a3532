// EXPECT: none
// C++ containers handed to libc calls with exact bounds: a string_view copied into a std::string before strtol, memchr over vector::size(), strnlen over std::array::size(), strncpy into a unique_ptr<char[]> of the field width, an ostringstream's str() kept in a named std::string before fputs.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>
constexpr size_t kFieldWidth = 32;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::unique_ptr<char[]> rec(new char[n]);
  for (int i = 0; i < n; i++)
    rec[i] = static_cast<char>('0' + (argv[2][i] % 10));
  std::string_view field(rec.get(), n);
  std::string owned(field.substr(2));
  long v = std::strtol(owned.c_str(), nullptr, 10);
  std::vector<char> text(argv[2], argv[2] + n);
  const void *colon = std::memchr(text.data(), ':', text.size());
  std::array<char, 8> a;
  std::memcpy(a.data(), argv[2], a.size());
  size_t al = strnlen(a.data(), a.size());
  std::unique_ptr<char[]> name(new char[kFieldWidth]);
  std::strncpy(name.get(), argv[2], kFieldWidth - 1);
  name[kFieldWidth - 1] = '\0';
  std::ostringstream os;
  os << "user=" << argv[2] << " id=" << n << " (a long enough line to leave the small buffer)";
  std::string line = os.str();
  std::fputs(line.c_str(), stdout);
  std::printf("\n%ld %p %zu %s\n", v, colon, al, name.get());
  return 0;
}
