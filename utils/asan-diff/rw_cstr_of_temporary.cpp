// EXPECT: heap-use-after-free
// A small logger that formats records through std::string helpers and hands C strings to a
// C-style sink. The prefix is taken as .c_str() of the std::string that format_prefix()
// returns: the temporary dies at the end of that statement, so the pointer is dangling when
// the sink reads it (the prefix is longer than the small-string buffer, so it lives on the heap).
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

enum class Level { Debug, Info, Warn, Error };

static const char *level_name(Level l) {
  switch (l) {
  case Level::Debug: return "debug";
  case Level::Info: return "info";
  case Level::Warn: return "warn";
  default: return "error";
  }
}

struct Sink {
  std::vector<std::string> lines;
  size_t bytes = 0;
  void write(const char *prefix, const char *msg) {
    char line[256];
    int n = std::snprintf(line, sizeof line, "%s %s", prefix, msg); // BUG
    bytes += static_cast<size_t>(n);
    lines.emplace_back(line);
  }
};

class Logger {
public:
  Logger(Sink &sink, std::string component) : sink_(sink), component_(std::move(component)) {}

  void log(Level level, const char *fmt, ...) {
    if (level < min_) return;
    char msg[192];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *prefix = format_prefix(level).c_str();
    sink_.write(prefix, msg);
    seq_++;
  }

  void set_min(Level l) { min_ = l; }

private:
  std::string format_prefix(Level level) const {
    std::string p = "[" + std::to_string(seq_) + "] ";
    p += component_;
    p += '.';
    p += level_name(level);
    p += ':';
    return p;
  }

  Sink &sink_;
  std::string component_;
  Level min_ = Level::Debug;
  unsigned seq_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string comp = std::string("subsystem-") + (argc > 2 ? argv[2] : "core");
  Sink sink;
  Logger log(sink, comp);
  log.set_min(Level::Info);
  for (int i = 0; i < n; i++) {
    Level l = static_cast<Level>(i % 4);
    log.log(l, "request %d took %d ms (%s)", i, i * 13 % 97, i % 3 ? "ok" : "retry");
  }
  for (const std::string &l : sink.lines) std::printf("%s\n", l.c_str());
  std::printf("%zu lines, %zu bytes\n", sink.lines.size(), sink.bytes);
  return 0;
}
