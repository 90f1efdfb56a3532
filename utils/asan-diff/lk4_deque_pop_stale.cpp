// EXPECT: leak
// A request queue is a process-wide std::deque<char*> (never destroyed).
// Requests are popped from the front and passed to a handler that drops them
// without freeing. libstdc++'s deque is not annotated for ASan, so each
// popped pointer is still written in the deque's node buffer, which is
// reachable: LSan counts those requests as reachable. Only the error strings
// the handler built, and dropped, are reported.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>

static std::deque<char *> &g_queue = *new std::deque<char *>;

__attribute__((noinline)) static void produce(int n, const char *alpha) {
  for (int i = 0; i < n; i++) {
    size_t len = static_cast<size_t>(n + i);
    char *r = static_cast<char *>(std::malloc(len + 1));
    std::memset(r, alpha[i % 26], len);
    r[len] = 0;
    g_queue.push_back(r);
  }
}

__attribute__((noinline)) static size_t handle(char *req) {
  size_t len = std::strlen(req);
  if (len % 3 == 0) {
    char *err = static_cast<char *>(std::malloc(48)); // BUG: dropped
    std::snprintf(err, 48, "request of %zu bytes rejected", len);
    len += std::strlen(err);
  }
  return len; // BUG: req is not freed either (but its stale slot hides it)
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  produce(n, argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  size_t total = 0;
  for (int i = 0; i < n / 2; i++) {
    char *r = g_queue.front();
    g_queue.pop_front();
    total += handle(r);
  }
  scrub();
  std::printf("handled %zu bytes, %zu queued\n", total, g_queue.size());
  return 0;
}
