// EXPECT: leak
// A logging library creates its process-lifetime sink objects inside a
// __lsan::ScopedDisabler scope (they are never destroyed, by design), and
// registers a heap-allocated root table with __lsan_register_root_region so
// the records it points to count as reachable. The application, however,
// leaks each formatted message buffer of 24 bytes on its error path: 3
// messages, 72 bytes, are what LSan reports.
#include <sanitizer/lsan_interface.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Sink {
  char name[32];
  Sink *next;
};

static Sink *make_sinks(int n) {
  __lsan::ScopedDisabler no_leak_check;
  Sink *head = nullptr;
  for (int i = 0; i < n; i++) {
    Sink *s = new Sink;
    std::snprintf(s->name, sizeof s->name, "sink%d", i);
    s->next = head;
    head = s;
  }
  return head;
}

void **roots;

__attribute__((noinline)) static void log_error(int code, const char *what) {
  char *msg = static_cast<char *>(std::malloc(24)); // BUG
  std::snprintf(msg, 24, "E%03d %s", code, what);
  std::fputs(msg, stdout);
  std::fputc('\n', stdout);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  volatile char z[8192];
  for (size_t i = 0; i < sizeof z; i++) z[i] = 0;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Sink *sinks = make_sinks(n);
  sinks = nullptr;
  roots = static_cast<void **>(std::calloc(4, sizeof(void *)));
  __lsan_register_root_region(roots, 4 * sizeof(void *));
  for (int i = 0; i < 4; i++) roots[i] = std::malloc(40 + i);
  for (int i = 0; i < 3; i++) log_error(100 + i, argv[2] + i);
  scrub();
  std::printf("%d roots\n", roots != nullptr);
  return 0;
}
