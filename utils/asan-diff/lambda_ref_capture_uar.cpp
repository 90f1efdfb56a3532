// EXPECT: stack-use-after-return
#include <cstdio>
#include <functional>
__attribute__((noinline)) static std::function<int()> make_counter(int start) {
  int count[4] = {start, start + 1, start + 2, start + 3};
  return [&count]() { return count[2]++; }; // BUG
}
int main(int argc, char **argv) {
  std::function<int()> next = make_counter(argc);
  std::printf("%d\n", next());
  return 0;
}
