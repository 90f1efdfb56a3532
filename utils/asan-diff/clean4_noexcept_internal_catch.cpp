// EXPECT: none
// noexcept functions that throw and catch entirely inside themselves;
// destructors that run a try/catch of their own while an exception is
// unwinding (std::uncaught_exceptions() tells them); a constructor's
// function-try-block that translates a member's exception.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>

static long acc;

__attribute__((noinline)) static int risky(int k) {
  char tmp[300];
  std::memset(tmp, k, sizeof tmp);
  if (k % 3 == 0) throw std::invalid_argument("k");
  return tmp[299];
}

__attribute__((noinline)) static int safe(int k) noexcept {
  int local[20];
  for (int i = 0; i < 20; i++) local[i] = k + i;
  try {
    return risky(k) + local[19];
  } catch (const std::exception &) {
    return -local[0];
  }
}

struct Auditor {
  char log[64];
  int id;
  explicit Auditor(int i) : id(i) { std::snprintf(log, sizeof log, "auditor-%d", i); }
  ~Auditor() {
    int unwinding = std::uncaught_exceptions();
    try {
      if (unwinding) throw std::runtime_error(log);
      acc += log[8];
    } catch (const std::runtime_error &e) {
      acc += (long)std::strlen(e.what()) + unwinding;
    }
  }
};

struct Part {
  int v[8];
  explicit Part(int k) {
    for (int i = 0; i < 8; i++) v[i] = k * i;
    if (k % 4 == 1) throw std::logic_error("part");
  }
};

struct Whole {
  Part p;
  explicit Whole(int k) try : p(k) {
  } catch (const std::logic_error &) {
    throw 42;
  }
};

__attribute__((noinline)) static long layered(int d, int k) {
  Auditor a(d);
  long frame[16];
  for (int i = 0; i < 16; i++) frame[i] = d + i;
  if (d == 0) {
    Whole w(k);
    return w.p.v[7];
  }
  return layered(d - 1, k) + frame[15];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 50; r++) {
    total += safe(r);
    try {
      total += layered(4, r);
    } catch (int code) {
      total += code;
    }
  }
  std::printf("%ld %ld\n", total, acc);
  return 0;
}
