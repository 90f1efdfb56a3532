// EXPECT: stack-use-after-return
// An std::async task calls build(), which returns the address of its local
// array; the task hands it out through a promise and then waits on a gate
// (staying alive) while main reads through the pointer.
#include <cstdio>
#include <cstdlib>
#include <future>
static int seed;
static std::promise<int *> handout;
__attribute__((noinline)) static int *build() {
  int squares[20];
  for (int i = 0; i < 20; i++) squares[i] = i * i + seed;
  int *volatile p = squares;
  return p;
}
int main(int argc, char **argv) {
  seed = std::atoi(argv[1]);
  std::promise<void> gate;
  std::future<void> g = gate.get_future();
  std::future<int *> pf = handout.get_future();
  auto task = std::async(std::launch::async, [&g] {
    handout.set_value(build());
    g.wait();
  });
  int *p = pf.get();
  int v = p[seed % 20]; // BUG
  gate.set_value();
  task.get();
  std::printf("%d\n", v);
  return 0;
}
