// EXPECT: leak
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// A process-wide job queue (a std::vector<char*> that is never destroyed)
// is built with libstdc++'s ASan annotations: the capacity past size() is
// poisoned. Jobs are popped with
// pop_back() and handed to a consumer that drops them without freeing. The
// stale copies of the popped pointers are still in the vector's storage, but
// in its poisoned tail: LSan ignores pointers in poisoned memory, so the
// popped jobs are reported as leaked (without annotations they would hide);
// the jobs still queued stay reachable.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

static std::vector<char *> &g_queue = *new std::vector<char *>;

__attribute__((noinline)) static void enqueue(int n, const char *alpha) {
  g_queue.reserve(32);
  for (int i = 0; i < n; i++) {
    size_t len = static_cast<size_t>(n + i);
    char *job = static_cast<char *>(std::malloc(len + 1));
    std::memset(job, alpha[i % 26], len);
    job[len] = 0;
    g_queue.push_back(job);
  }
}

__attribute__((noinline)) static size_t consume(char *job) {
  size_t len = std::strlen(job);
  return len; // BUG: the job is never freed
}

__attribute__((noinline)) static size_t drain(int k) {
  size_t total = 0;
  for (int i = 0; i < k && !g_queue.empty(); i++) {
    char *job = g_queue.back();
    g_queue.pop_back();
    total += consume(job);
  }
  return total;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  enqueue(n, argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  size_t done = drain(n / 2);
  scrub();
  std::printf("consumed %zu bytes, %zu jobs left\n", done, g_queue.size());
  return 0;
}
