// EXPECT: stack-use-after-return
// A function publishes the address of its local array and then throws; the
// caller catches and reads through the pointer to the unwound frame.
#include <cstdio>
#include <cstdlib>
static int *volatile g_p;
__attribute__((noinline)) static void publish_and_throw(int v) {
  int local[8];
  for (int i = 0; i < 8; i++) local[i] = v + i;
  g_p = local;
  if (v) throw v;
}
int main(int argc, char **argv) {
  try {
    publish_and_throw(std::atoi(argv[1]));
  } catch (int) {
    std::printf("%d\n", g_p[2]); // BUG
  }
  return 0;
}
