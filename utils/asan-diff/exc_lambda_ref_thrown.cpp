// EXPECT: stack-use-after-return
// A retry helper throws a std::function "retry action" that captures the
// caller's local counter by reference; the caller's frame is unwound and
// the top level invokes the action.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

struct Retry { std::function<int()> again; std::string why; };

__attribute__((noinline)) static int fetch(const char *url, int n) {
  int attempts = n;
  std::string u(url);
  auto action = [&attempts, &u]() { return ++attempts + (int)u.size(); }; // BUG
  if (u.size() > 5) throw Retry{action, "timeout"};
  return action();
}

int main(int argc, char **argv) {
  int r = 0;
  try {
    r = fetch(argv[2], std::atoi(argv[1]));
  } catch (Retry &rt) {
    std::fprintf(stderr, "%s, retrying\n", rt.why.c_str());
    r = rt.again();
  }
  std::printf("%d\n", r);
  return 0;
}
