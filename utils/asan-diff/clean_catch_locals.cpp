// EXPECT: none
// Catch blocks with their own local arrays that capture them by reference
// in lambdas used inside the block, rethrow through frames with arrays,
// and copy the exception object out before the handler ends.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <stdexcept>
struct Err { int code; char text[40]; };
__attribute__((noinline)) static void fail(int c) { Err e{c, {}}; std::snprintf(e.text, sizeof e.text, "code %d", c); throw e; }
__attribute__((noinline)) static int relay(int c) {
  std::array<char, 50> pad;
  pad.fill('r');
  try { fail(c); } catch (Err &e) { e.code += pad[49]; throw; }
  return 0;
}
int main(int argc, char **argv) {
  long s = 0;
  Err last{};
  for (int r = 0; r < 300; r++) {
    try {
      relay(std::atoi(argv[1]) + r);
    } catch (const Err &e) {
      char local[16];
      std::memcpy(local, e.text, sizeof local);
      std::function<int()> f = [&local, &e] { return local[15] + e.code; };
      s += f();
      last = e;
    }
  }
  std::printf("%ld %d %s\n", s, last.code, last.text);
  return 0;
}
