// EXPECT: none
// A logger keeps its sink behind a function-static raw pointer (never
// destroyed, so still reachable at exit), a global std::unique_ptr to its
// formatter (destroyed at exit, which frees it) and a function-static
// std::vector of owned strings (destroyed at exit, freeing them). Nothing is
// lost: no leak may be reported.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Sink {
  std::vector<std::string> lines;
  int fd = 2;
};

struct Formatter {
  std::string prefix;
  explicit Formatter(int n) : prefix(static_cast<size_t>(n) * 3, '#') {}
};

static std::unique_ptr<Formatter> g_formatter;

static Sink &sink() {
  static Sink *s = new Sink; // intentionally immortal
  return *s;
}

static std::vector<std::string> &history() {
  static std::vector<std::string> h; // destroyed at exit
  return h;
}

__attribute__((noinline)) static void log_line(const std::string &msg) {
  std::string line = g_formatter->prefix + " " + msg;
  sink().lines.push_back(line);
  history().push_back(line + " (kept)");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  g_formatter = std::make_unique<Formatter>(n);
  for (int i = 0; i < n; i++) log_line(std::string("event number ") + std::to_string(i) + " " + argv[2]);
  std::printf("sink %zu history %zu\n", sink().lines.size(), history().size());
  return 0;
}
