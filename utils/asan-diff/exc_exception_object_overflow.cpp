// EXPECT: heap-buffer-overflow
// An exception type with a fixed 16-byte reason field; the handler appends
// a suffix to the caught object's field in place, one byte past the end of
// the exception object.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Rejected {
  int status;
  char reason[16];
};

__attribute__((noinline)) static void submit(int n) {
  Rejected r{};
  r.status = 400 + n;
  std::snprintf(r.reason, sizeof r.reason, "quota");
  if (n > 1) throw r;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  try {
    submit(n);
  } catch (Rejected &r) {
    size_t len = std::strlen(r.reason);
    for (int i = 0; i < n + 2; i++) r.reason[len + i] = '!'; // BUG
    std::printf("%d %.15s\n", r.status, r.reason);
  }
  return 0;
}
