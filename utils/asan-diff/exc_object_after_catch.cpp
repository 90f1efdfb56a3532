// EXPECT: heap-use-after-free
// A pointer to the caught exception object escapes its catch block; the
// exception object (allocated by __cxa_allocate_exception) is freed when the
// handler ends, and the pointer is used afterwards.
#include <cstdio>
#include <cstdlib>
struct Err { int code; char text[40]; };
__attribute__((noinline)) static void fail(int c) {
  Err e{c, "failure"};
  throw e;
}
int main(int argc, char **argv) {
  const Err *saved = nullptr;
  try {
    fail(std::atoi(argv[1]));
  } catch (const Err &e) {
    saved = &e;
  }
  std::printf("%d\n", saved->code); // BUG
  return 0;
}
