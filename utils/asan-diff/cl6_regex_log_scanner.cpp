// EXPECT: none
// A log scanner matches lines against several std::regex patterns
// (alternation, back-references, repetition of groups - libstdc++'s
// executor recurses for these) and copies submatches into fixed local
// char arrays with explicit lengths, truncating to the exact capacity.
// One long line makes the backtracking matcher recurse deeply.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>
#include <string>
#include <vector>

struct Entry {
  char level[8];
  char module[16];
  char msg[40];
  int code;
};

static void copy_exact(char *dst, size_t cap, const std::ssub_match &m) {
  size_t n = (size_t)m.length();
  if (n >= cap) n = cap - 1;
  std::memcpy(dst, &*m.first, n);
  dst[n] = '\0';
}

__attribute__((noinline)) static bool parse(const std::string &line, const std::regex &re,
                                            Entry &e) {
  std::smatch m;
  if (!std::regex_match(line, m, re)) return false;
  copy_exact(e.level, sizeof e.level, m[1]);
  copy_exact(e.module, sizeof e.module, m[2]);
  copy_exact(e.msg, sizeof e.msg, m[4]);
  e.code = std::atoi(m[3].str().c_str());
  return true;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::regex re(R"(\[(INFO|WARN|ERROR|DEBUG)\] ([a-z_]+(?:\.[a-z_]+)*) #(\d{1,6}): (.*))");
  std::regex dup(R"((\w+) \1)");
  std::regex rep(R"((ab|a)*c)");
  std::vector<std::string> lines = {
      "[INFO] net.tcp #42: connection accepted from 10.0.0.1",
      "[WARN] storage.cache.lru_shard #777: eviction pressure is quite high today",
      "[ERROR] a #1: x",
      "[DEBUG] very_long_module_name.sub #123456: message that is long enough to truncate",
      "garbage line",
  };
  long score = 0;
  for (int round = 0; round < n; round++) {
    for (const std::string &l : lines) {
      Entry e;
      if (parse(l, re, e))
        score += (long)std::strlen(e.level) + (long)std::strlen(e.module) +
                 (long)std::strlen(e.msg) + e.code % 97;
    }
  }
  std::string twice = "hello hello world world";
  for (std::sregex_iterator it(twice.begin(), twice.end(), dup), end; it != end; ++it)
    score += it->length(0);
  std::string longline;
  for (int i = 0; i < n * 40; i++) longline += (i % 3) ? "ab" : "a";
  longline += "c";
  score += std::regex_match(longline, rep) ? 1000 : 0;
  std::printf("%ld\n", score);
  return 0;
}
