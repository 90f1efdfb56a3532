// EXPECT: none
// A caught exception carrying a malloc'd message is kept in a heap std::exception_ptr reached from a global (never destroyed): the exception object and its buffer stay reachable.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
struct Err { char *msg; };
std::exception_ptr *g_last = new std::exception_ptr;
__attribute__((noinline)) static void fail(int n) {
  Err e;
  e.msg = (char *)std::malloc(n * 3);
  std::strcpy(e.msg, "bad");
  throw e;
}
int main(int argc, char **argv) {
  try {
    fail(std::atoi(argv[1]));
  } catch (...) {
    *g_last = std::current_exception();
  }
  try {
    std::rethrow_exception(*g_last);
  } catch (const Err &e) {
    std::printf("%s\n", e.msg);
  }
  return 0;
}
