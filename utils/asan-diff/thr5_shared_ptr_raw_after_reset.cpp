// EXPECT: heap-use-after-free
// A Session is shared between main and a worker through shared_ptr copies;
// the worker also keeps a raw pointer. Main resets its copy after the
// worker dropped its own, destroying the Session; the worker then uses
// the raw pointer.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
struct Session {
  std::string user;
  long bytes[8] = {};
};
static std::mutex mu;
static std::condition_variable cv;
static int step;
static void wait_for(int s) {
  std::unique_lock<std::mutex> lk(mu);
  cv.wait(lk, [s] { return step >= s; });
}
static void advance(int s) {
  std::lock_guard<std::mutex> lk(mu);
  step = s;
  cv.notify_all();
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto sess = std::make_shared<Session>();
  sess->user = argv[2];
  std::thread t([copy = sess, n]() mutable {
    Session *raw = copy.get();
    raw->bytes[0] = n;
    copy.reset();
    advance(1);
    wait_for(2);
    raw->bytes[n % 8] += 1; // BUG
  });
  wait_for(1);
  sess.reset();
  advance(2);
  t.join();
  std::puts("done");
  return 0;
}
