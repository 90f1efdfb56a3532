// EXPECT: stack-use-after-return
// FLAGS: -std=c++17
// A tokenizer copies the input line into a local scratch buffer (to
// lower-case it) and returns string_views into that buffer; the caller
// reads the tokens after the tokenizer's frame is gone.
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>
__attribute__((noinline)) static std::vector<std::string_view> tokenize(const char *line) {
  char scratch[64];
  std::strncpy(scratch, line, sizeof scratch - 1);
  scratch[sizeof scratch - 1] = 0;
  for (char *p = scratch; *p; ++p) *p = (char)std::tolower((unsigned char)*p);
  std::vector<std::string_view> out;
  size_t len = std::strlen(scratch);
  for (size_t i = 0; i < len; i += 5)
    out.emplace_back(scratch + i, len - i < 5 ? len - i : 5);
  return out;
}
int main(int argc, char **argv) {
  std::vector<std::string_view> toks = tokenize(argv[argc - 1]);
  long h = 0;
  for (std::string_view t : toks)
    h = h * 31 + t[0]; // BUG
  std::printf("%zu %ld\n", toks.size(), h);
  return 0;
}
