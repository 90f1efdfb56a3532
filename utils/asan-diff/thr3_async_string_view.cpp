// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// std::async(launch::async) returns a string_view into a long std::string
// local to the task; main reads it after get().
#include <cstdio>
#include <cstdlib>
#include <future>
#include <string>
#include <string_view>
int main(int argc, char **argv) {
  std::string arg = argv[2];
  auto f = std::async(std::launch::async, [&arg]() -> std::string_view {
    std::string s = arg + arg;  // 52 chars, on the heap
    std::string_view v = s;
    return v;
  });
  std::string_view v = f.get();
  std::printf("%c\n", v[std::atoi(argv[1])]); // BUG
  return 0;
}
