// EXPECT: heap-use-after-free
// A config reader matches "key = value" lines with std::regex and keeps
// the std::smatch of the first line to report the section name later.
// The match holds iterators into the line string; the loop then assigns a
// much longer next line to the same std::string, which reallocates its
// buffer, and the saved submatch is converted with str() afterwards.
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::vector<std::string> input = {
      "section = networking-and-transport-settings",
      "timeout = " + std::to_string(n * 100),
      "description = " + std::string(200, 'd'),
  };
  std::regex kv(R"(^(\w+)\s*=\s*(.*)$)");
  std::string line;
  std::smatch first;
  long total = 0;
  for (size_t i = 0; i < input.size(); i++) {
    line = input[i];
    std::smatch m;
    if (!std::regex_match(line, m, kv)) continue;
    if (i == 0) first = m;
    total += m.length(2);
  }
  std::string section = first[2].str();  // BUG
  std::printf("%ld %zu\n", total, section.size());
  return 0;
}
