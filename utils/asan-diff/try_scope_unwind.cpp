// EXPECT: stack-use-after-scope
// A pointer to an array local to a try block is used in the catch handler,
// after the exception unwound out of the try block's scope.
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static void fail(int c) { if (c) throw c; }
int main(int argc, char **argv) {
  int *volatile p = nullptr;
  try {
    int arr[4] = {argc, argc, argc, argc};
    p = arr;
    fail(std::atoi(argv[1]));
    std::printf("%d\n", arr[3]);
  } catch (int e) {
    std::printf("%d\n", p[e % 4]); // BUG
  }
  return 0;
}
