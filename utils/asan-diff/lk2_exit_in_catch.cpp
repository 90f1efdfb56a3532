// EXPECT: none
// exit() is called from inside a catch handler; the caught exception object (held by the C++ runtime's caught-exceptions list in TLS) owns a malloc'd message.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Err { char *msg; };
__attribute__((noinline)) static void fail(int n) {
  Err e;
  e.msg = (char *)std::malloc(n * 4);
  std::strcpy(e.msg, "caught");
  throw e;
}
int main(int argc, char **argv) {
  try {
    fail(std::atoi(argv[1]));
  } catch (const Err &e) {
    std::printf("%s\n", e.msg);
    std::fflush(stdout);
    std::exit(0);
  }
  return 1;
}
