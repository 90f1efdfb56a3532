// EXPECT: stack-buffer-overflow
// FLAGS: -stdlib=libc++ -std=c++20
// A status-line formatter uses std::format_to_n to stay within bounds, but
// passes the size of the destination *line* buffer while writing into the
// smaller local *label* buffer, so a long label overruns it.
#include <cstdio>
#include <cstdlib>
#include <format>

struct Status { char line[96]; };

__attribute__((noinline)) static void render(Status &st, const char *name, int pct) {
  char label[24];
  auto r = std::format_to_n(label, sizeof st.line - 1, "{}:{:>3}%", name, pct); // BUG
  *r.out = '\0';
  std::snprintf(st.line, sizeof st.line, "[%s]", label);
}

int main(int argc, char **argv) {
  int pct = std::atoi(argv[1]) * 9;
  Status st;
  render(st, argv[2], pct);
  std::printf("%s %d\n", st.line, argc);
  return 0;
}
