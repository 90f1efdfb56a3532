// EXPECT: none
// A handler, while the first exception is active, calls a helper that
// throws and catches its own exception; then the handler rethrows the
// first to an outer level. All frames still live use their locals after
// each catch, and the first exception's message is read while alive.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static int cleanup_step(int k) {
  char buf[56];
  std::snprintf(buf, sizeof buf, "cleanup %d", k);
  if (k % 2) throw std::runtime_error(buf);
  return buf[8];
}

__attribute__((noinline)) static int recover(int k) {
  int attempts[6] = {k};
  try {
    return cleanup_step(k);
  } catch (const std::runtime_error &e) {
    attempts[1] = (int)std::strlen(e.what());
  }
  return attempts[0] + attempts[1];
}

__attribute__((noinline)) static void operation(const char *s, int k) {
  char ctx[30];
  std::snprintf(ctx, sizeof ctx, "%s", s);
  throw std::logic_error(std::string("operation failed: ") + ctx);
}

__attribute__((noinline)) static long handler_layer(const char *s, int k) {
  long local[8] = {k};
  try {
    operation(s, k);
  } catch (const std::logic_error &e) {
    local[1] = recover(k);
    local[2] = (long)std::strlen(e.what());
    local[3] = recover(k + 1);
    if (k % 3 == 0) throw;
  }
  return local[0] + local[1] + local[2] + local[3];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  char last[80] = "";
  for (int k = 0; k < n * 3; k++) {
    try {
      total += handler_layer(argv[2], k);
    } catch (const std::exception &e) {
      std::snprintf(last, sizeof last, "%s", e.what());
    }
  }
  std::printf("%ld %s\n", total, last);
  return 0;
}
