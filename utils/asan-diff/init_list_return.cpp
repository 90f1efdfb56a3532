// EXPECT: stack-use-after-return
#include <cstdio>
#include <initializer_list>
__attribute__((noinline)) std::initializer_list<int> make(int a) { return {a, a + 1, a + 2}; }
int main(int argc, char **argv) {
  std::initializer_list<int> il = make(argc);
  std::printf("%d\n", *il.begin()); // BUG
  return 0;
}
