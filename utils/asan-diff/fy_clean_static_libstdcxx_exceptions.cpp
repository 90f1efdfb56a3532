// EXPECT: none
// FLAGS: -static-libstdc++ -static-libgcc -std=c++17
// libstdc++ and libgcc linked statically: exceptions thrown through
// several frames and caught (the unwinder from static libgcc), strings
// and maps allocated through the statically linked operator new, an
// exception object holding a heap string.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

struct ParseError : std::runtime_error {
  int pos;
  ParseError(const std::string &m, int p) : std::runtime_error(m), pos(p) {}
};

static int parse_digit(char c, int pos) {
  if (c < '0' || c > '9')
    throw ParseError(std::string("not a digit: '") + c + "' in a long message", pos);
  return c - '0';
}

static int parse_all(const std::string &s) {
  int v = 0;
  for (size_t i = 0; i < s.size(); i++) v = v * 10 + parse_digit(s[i], (int)i);
  return v;
}

int main(int argc, char **argv) {
  std::map<std::string, int> results;
  std::vector<std::string> inputs = {argv[1], argv[2], "4096", "12x4"};
  int errors = 0;
  for (const auto &in : inputs) {
    try {
      results[in] = parse_all(in);
    } catch (const ParseError &e) {
      errors++;
      results["err:" + in] = e.pos;
    }
  }
  std::printf("%zu %d %d\n", results.size(), errors, results["4096"]);
  return 0;
}
