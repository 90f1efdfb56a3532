// EXPECT: none
// A Lippincott function (called from catch(...)) rethrows the current
// exception with `throw;` to classify it in its own handlers; the outer
// handler still holds the exception afterwards and reads its fields.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct ApiError { int status; char body[40]; };

__attribute__((noinline)) static int classify(char *out, size_t cap) {
  char local[24];
  try {
    throw;
  } catch (const ApiError &e) {
    std::snprintf(local, sizeof local, "api %d", e.status);
  } catch (const std::exception &e) {
    std::snprintf(local, sizeof local, "std %.16s", e.what());
  }
  std::snprintf(out, cap, "%s", local);
  return (int)std::strlen(local);
}

__attribute__((noinline)) static void call(const char *s, int k) {
  std::string tag(s, 6);
  if (k % 3 == 0) { ApiError e{500 + k, {}}; std::snprintf(e.body, sizeof e.body, "%s", s); throw e; }
  if (k % 3 == 1) throw std::runtime_error("transport " + tag);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  char kind[32] = "";
  for (int k = 0; k < n * 10; k++) {
    try {
      call(argv[2], k);
    } catch (...) {
      total += classify(kind, sizeof kind);
      try {
        throw;
      } catch (const ApiError &e) {
        total += e.status + e.body[k % 20];
      } catch (const std::runtime_error &e) {
        total += e.what()[k % 10];
      }
    }
  }
  std::printf("%ld %s\n", total, kind);
  return 0;
}
