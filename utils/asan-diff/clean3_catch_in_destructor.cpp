// EXPECT: none
// While an exception unwinds through frames with arrays, a destructor
// runs code that throws and catches its own exception internally (deep
// in a helper recursion); the outer exception is caught far up and the
// stack is reused afterwards.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

static long cleanup_work;

__attribute__((noinline)) static int risky(int depth, const char *s) {
  char local[40];
  std::memcpy(local, s, 26);
  std::memset(local + 26, '-', sizeof local - 26);
  if (depth == 0) throw std::logic_error(std::string(local, 10));
  return risky(depth - 1, local) + local[39];
}

struct Flusher {
  const char *data;
  ~Flusher() {
    char buf[64];
    std::memset(buf, 'f', sizeof buf);
    try {
      risky(8, data);
    } catch (const std::logic_error &e) {
      cleanup_work += (long)std::strlen(e.what()) + buf[63];
    }
  }
};

__attribute__((noinline)) static int work(int depth, const char *data) {
  Flusher f{data};
  int arr[20];
  for (int i = 0; i < 20; i++) arr[i] = depth * i;
  if (depth == 0) throw std::runtime_error("work failed");
  return work(depth - 1, data) + arr[19];
}

__attribute__((noinline)) static long reuse(int depth) {
  long v[10];
  for (int i = 0; i < 10; i++) v[i] = depth + i;
  return depth ? reuse(depth - 1) + v[9] : v[9];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < n; r++) {
    try {
      total += work(15, argv[2]);
    } catch (const std::runtime_error &e) {
      total += (long)std::strlen(e.what());
    }
    total += reuse(100);
  }
  std::printf("%ld %ld %d\n", total, cleanup_work, argc);
  return 0;
}
