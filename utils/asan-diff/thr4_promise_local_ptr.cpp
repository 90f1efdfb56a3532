// EXPECT: stack-use-after-return
// A worker's helper returns the address of its local array, and the worker
// fulfils a std::promise<int*> with it; the worker stays alive until main,
// which got the pointer from the future, has read through it.
#include <cstdio>
#include <cstdlib>
#include <future>
#include <thread>
__attribute__((noinline)) static int *produce(int n) {
  int local[12];
  for (int i = 0; i < 12; i++) local[i] = i + n;
  int *volatile p = local;
  return p;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::promise<int *> pr;
  std::promise<void> release;
  auto fut = pr.get_future();
  auto rel = release.get_future();
  std::thread t([&pr, &rel, n] {
    pr.set_value(produce(n));
    rel.wait();
  });
  int *p = fut.get();
  int v = p[n % 12]; // BUG
  release.set_value();
  t.join();
  std::printf("%d\n", v);
  return 0;
}
