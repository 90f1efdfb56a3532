// EXPECT: heap-use-after-free
// A worker fills its thread_local std::string (long, on the heap) and hands
// out its data(); the string is destroyed at thread exit and main reads the
// characters after the join.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
thread_local std::string tl_name;
int main(int argc, char **argv) {
  int i = std::atoi(argv[1]);
  const char *p = nullptr;
  std::thread t([&p, argv] {
    tl_name = std::string(argv[2]) + argv[2];
    p = tl_name.data();
  });
  t.join();
  std::printf("%c\n", p[i]); // BUG
  return 0;
}
