// EXPECT: stack-use-after-scope
#include <cstdio>
#include <initializer_list>
__attribute__((noinline)) int second(std::initializer_list<int> il) {
  return *(il.begin() + 1); // BUG
}
int main(int argc, char **argv) {
  std::initializer_list<int> il;
  il = {argc, argc + 1, argc + 2};
  std::printf("%d\n", second(il));
  return 0;
}
