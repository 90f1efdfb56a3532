// EXPECT: stack-use-after-scope
// A lambda created inside a catch block captures a local of that block by
// reference and is stored outside it; it runs after the handler's scope ended.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <stdexcept>
__attribute__((noinline)) static void fail(int c) {
  if (c > 0) throw std::runtime_error("bad");
}
int main(int argc, char **argv) {
  std::function<int()> report;
  try {
    fail(std::atoi(argv[1]));
  } catch (const std::exception &e) {
    int code = argc * 7;
    report = [&code] { return code; }; // BUG
  }
  std::printf("%d\n", report()); // the lambda runs here
  return 0;
}
