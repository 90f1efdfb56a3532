// EXPECT: none
// FLAGS: -std=c++20
// Two coroutines play ping-pong through symmetric transfer 200000 times
// (await_suspend returns the other handle), so the stack must not grow;
// each side keeps a 256-byte local message buffer in its frame and checks
// what the other side wrote into a shared mailbox that lives in main's
// stack frame. The driver starts the first and regains control at the end.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

struct Mailbox {
  char msg[64];
  int turn;
  std::coroutine_handle<> peer[2];
};

struct Player {
  struct promise_type {
    Player get_return_object() { return Player{H::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct Last {
      Mailbox *box;
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
        return std::noop_coroutine();  // back to whoever resumed us
      }
      void await_resume() noexcept {}
    };
    Mailbox *box = nullptr;
    Last final_suspend() noexcept { return Last{box}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  using H = std::coroutine_handle<promise_type>;
  H h;
  explicit Player(H x) : h(x) {}
  Player(Player &&o) noexcept : h(std::exchange(o.h, {})) {}
  ~Player() { if (h) h.destroy(); }
};

struct Pass {
  Mailbox *box;
  int me;
  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
    box->turn = 1 - me;
    return box->peer[1 - me];
  }
  void await_resume() noexcept {}
};

static long g_checksum;

static Player play(Mailbox *box, int me, int rounds) {
  char local[256];
  for (int i = 0; i < rounds; i++) {
    int n = std::snprintf(box->msg, sizeof box->msg, "%s %d", me ? "pong" : "ping", i);
    std::memcpy(local + (i % 4) * 64, box->msg, (size_t)n + 1);
    g_checksum += local[(i % 4) * 64 + 1] + n;
    co_await Pass{box, me};
    if (box->turn != me) std::abort();
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  Mailbox box{};
  int rounds = n * 10000;
  Player a = play(&box, 0, rounds);
  Player b = play(&box, 1, rounds);
  a.h.promise().box = &box;
  b.h.promise().box = &box;
  box.peer[0] = a.h;
  box.peer[1] = b.h;
  // Player 0 finishes first; its final awaiter returns to us. Then b's
  // last turn.
  a.h.resume();
  box.turn = 1;
  b.h.resume();
  std::printf("%d %d %ld %s\n", (int)a.h.done(), (int)b.h.done(), g_checksum, box.msg);
  return 0;
}
