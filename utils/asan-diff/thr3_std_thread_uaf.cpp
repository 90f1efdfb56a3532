// EXPECT: heap-use-after-free
// A std::thread takes ownership of a unique_ptr and destroys it; main kept a
// raw pointer and reads through it after join().
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>
struct Box { long v[8]; };
int main(int argc, char **argv) {
  auto b = std::make_unique<Box>();
  for (int i = 0; i < 8; i++) b->v[i] = std::atoi(argv[1]) + i;
  Box *raw = b.get();
  std::thread t([p = std::move(b)]() mutable { std::printf("%ld\n", p->v[1]); p.reset(); });
  t.join();
  std::printf("%ld\n", raw->v[argc]); // BUG
  return 0;
}
