// EXPECT: none
// A std::exception_ptr captured deep in one thread (frames with arrays)
// is handed to four other threads at once; each rethrows it several
// times from its own recursion and catches it by const reference,
// reading the payload, while the original stays shared.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

struct Rich : std::runtime_error {
  int table[32];
  explicit Rich(const std::string &s) : std::runtime_error(s) {
    for (int i = 0; i < 32; i++) table[i] = i * 3;
  }
};

__attribute__((noinline)) static void origin(int d, const std::string &why) {
  char pad[256];
  std::memset(pad, d, sizeof pad);
  if (d == 0) throw Rich(why + std::to_string(pad[255]));
  origin(d - 1, why);
}

static std::exception_ptr capture(int depth) {
  try {
    origin(depth, "captured-at-");
  } catch (...) {
    return std::current_exception();
  }
  return nullptr;
}

__attribute__((noinline)) static long rethrow_from(int d, const std::exception_ptr &ep) {
  long frame[40];
  for (int i = 0; i < 40; i++) frame[i] = d * i;
  if (d == 0) std::rethrow_exception(ep);
  return rethrow_from(d - 1, ep) + frame[39];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n; round++) {
    std::exception_ptr ep;
    std::thread maker([&] { ep = capture(20 + round); });
    maker.join();
    long sums[4] = {0, 0, 0, 0};
    std::vector<std::thread> users;
    for (int t = 0; t < 4; t++)
      users.emplace_back([&, t] {
        for (int k = 0; k < 5; k++) {
          try {
            rethrow_from(10 + t * 3 + k, ep);
          } catch (const Rich &e) {
            sums[t] += e.table[31] + (long)std::strlen(e.what());
          }
        }
      });
    for (auto &u : users) u.join();
    for (long s : sums) total += s;
  }
  std::printf("%ld\n", total);
  return 0;
}
