// EXPECT: heap-use-after-free
// A config parser reporting errors with a lightweight exception that carries a const char *
// to the offending line instead of a copy. The line lives in a std::string local to the
// parsing function; stack unwinding destroys it before the catch handler prints the message.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct ParseError {
  int line_no;
  const char *line; // points into the parser's buffer
  const char *why;
};

static std::vector<std::pair<std::string, long>> parse(const std::string &text) {
  std::vector<std::pair<std::string, long>> out;
  size_t pos = 0;
  int line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    line_no++;
    if (line.empty() || line[0] == '#') continue;
    size_t eq = line.find('=');
    if (eq == std::string::npos) throw ParseError{ line_no, line.c_str(), "missing '='" };
    char *end = nullptr;
    long v = std::strtol(line.c_str() + eq + 1, &end, 10);
    if (*end) throw ParseError{ line_no, line.c_str(), "not a number" };
    out.emplace_back(line.substr(0, eq), v);
  }
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string text = "# generated settings\n";
  for (int i = 0; i < n; i++) text += "setting_" + alpha.substr(i, 3) + "=" + std::to_string(i * 100) + "\n";
  text += "timeout_for_the_upstream_connection_pool=30s\n"; // a unit suffix: rejected
  try {
    auto kv = parse(text);
    std::printf("%zu settings\n", kv.size());
  } catch (const ParseError &e) {
    std::fprintf(stderr, "line %d: %s: %s\n", e.line_no, e.why, e.line); // BUG
    return 1;
  }
  return 0;
}
