// EXPECT: leak
// Sessions are built as std::unique_ptr and handed to a C-style registry with
// release(). The registry has room for only four entries and silently
// ignores the rest (returning an error nobody checks): the released sessions
// it refused are owned by nobody and leak, with their std::string buffers.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Session {
  std::string user;
  std::string token;
  int id;
};

extern "C" {
static void *g_slots[4];
__attribute__((noinline)) int registry_add(void *p) {
  for (void *&s : g_slots)
    if (!s) {
      s = p;
      return 0;
    }
  return -1; // full: the caller keeps ownership
}
}

__attribute__((noinline)) static int open_sessions(int n, const char *alpha) {
  std::vector<std::unique_ptr<Session>> fresh;
  for (int i = 0; i < n / 2 + 2; i++) {
    auto s = std::make_unique<Session>();
    s->user = std::string("user-account-") + alpha[i % 26] + std::to_string(i);
    s->token = std::string(static_cast<size_t>(n + 24 + i), 't');
    s->id = i;
    fresh.push_back(std::move(s));
  }
  int refused = 0;
  for (auto &s : fresh)
    if (registry_add(s.release()) != 0) refused++; // BUG: a refused session is dropped
  return refused;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  int refused = open_sessions(n, argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  scrub();
  std::printf("refused %d, first id %d\n", refused, static_cast<Session *>(g_slots[0])->id);
  return 0;
}
