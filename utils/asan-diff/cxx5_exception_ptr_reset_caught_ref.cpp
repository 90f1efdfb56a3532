// EXPECT: heap-use-after-free
// A pointer to an exception rethrown from an exception_ptr outlives the last exception_ptr.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
struct IoError : std::runtime_error {
  int code;
  IoError(const char *m, int c) : std::runtime_error(m), code(c) {}
};
static std::exception_ptr pending;
static void worker(int n) {
  try {
    if (n > 3) throw IoError("disk", n);
  } catch (...) {
    pending = std::current_exception();
  }
}
int main(int argc, char **argv) {
  worker(std::atoi(argv[1]));
  const IoError *err = nullptr;
  try {
    std::rethrow_exception(pending);
  } catch (const IoError &e) {
    err = &e;
  }
  pending = nullptr;
  std::printf("code %d\n", err->code); // BUG
  return 0;
}
