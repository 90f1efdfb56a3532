// EXPECT: heap-buffer-overflow
// A numeric field is taken as a std::string_view into a heap record of digits only, and its data() is handed to strtol, which reads past the record.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>
static long parse_field(std::string_view field) {
  char *end = nullptr;
  long v = std::strtol(field.data(), &end, 10); // BUG
  return end == field.data() ? -1 : v;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::unique_ptr<char[]> rec(new char[n]);
  for (int i = 0; i < n; i++)
    rec[i] = static_cast<char>('0' + (argv[2][i] % 10));
  std::string_view field(rec.get(), n);
  std::printf("%ld\n", parse_field(field.substr(2)));
  return 0;
}
