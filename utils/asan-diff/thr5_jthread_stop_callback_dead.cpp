// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A jthread's helper registers a heap-allocated std::stop_callback whose
// lambda captures a local counter of the helper by reference, then
// returns; main's request_stop() runs the callback, which bumps the dead
// counter.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <latch>
#include <memory>
#include <stop_token>
#include <thread>
using Cb = std::stop_callback<std::function<void()>>;
static std::unique_ptr<Cb> cb;
static int seed;
__attribute__((noinline)) static void arm(std::stop_token st) {
  int counter[4] = {seed, seed, seed, seed};
  cb = std::make_unique<Cb>(st, std::function<void()>([&counter] {
    counter[seed % 4] += 1; // BUG
  }));
}
int main(int argc, char **argv) {
  seed = std::atoi(argv[1]);
  std::latch armed(1), release(1);
  std::jthread t([&](std::stop_token st) {
    arm(st);
    armed.count_down();
    release.wait();
  });
  armed.wait();
  t.request_stop();
  release.count_down();
  t.join();
  cb.reset();
  std::puts("done");
  return 0;
}
