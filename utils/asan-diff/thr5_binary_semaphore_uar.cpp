// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A worker's prepare() publishes a pointer to its local Request and
// returns; the worker then signals a std::binary_semaphore and waits on a
// second one while main writes a reply into the dead Request.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <semaphore>
#include <thread>
struct Request { int id; char reply[32]; };
static Request *volatile pending;
static std::binary_semaphore posted(0), answered(0);
static int seed;
__attribute__((noinline)) static void prepare() {
  Request r;
  r.id = seed;
  std::memset(r.reply, 0, sizeof r.reply);
  pending = &r;
}
int main(int argc, char **argv) {
  seed = std::atoi(argv[1]);
  std::thread t([] {
    prepare();
    posted.release();
    answered.acquire();
  });
  posted.acquire();
  pending->reply[seed % 32] = 'y'; // BUG
  answered.release();
  t.join();
  std::puts("done");
  return 0;
}
