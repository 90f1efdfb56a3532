// EXPECT: none
// An exception thrown 40 frames down (every frame with an array and an
// object with a destructor) is caught at the top; after each catch the
// same stack is reused by a second deep recursion and by stream
// formatting, and the caught message is copied into an exact buffer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <string>

static int live_guards;

struct Guard {
  char tag[9];
  explicit Guard(int d) {
    std::snprintf(tag, sizeof tag, "g%07d", d);
    ++live_guards;
  }
  ~Guard() { --live_guards; }
};

__attribute__((noinline)) static int descend(int depth, int limit, const int *up) {
  Guard g(depth);
  int vals[10];
  for (int i = 0; i < 10; i++) vals[i] = up[i] + depth;
  if (depth == limit)
    throw std::runtime_error(std::string("limit ") + g.tag);
  return descend(depth + 1, limit, vals) + vals[9];
}

__attribute__((noinline)) static long again(int depth) {
  long arr[12];
  for (int i = 0; i < 12; i++) arr[i] = depth * i;
  std::ostringstream os;
  os << depth << ':' << arr[11];
  long s = (long)os.str().size();
  if (depth > 0) s += again(depth - 1);
  return s + arr[11];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int start[10];
  for (int i = 0; i < 10; i++) start[i] = argv[2][i];
  long total = 0;
  for (int round = 0; round < n; round++) {
    char msg[15];
    try {
      descend(0, 40, start);
    } catch (const std::exception &e) {
      size_t len = std::strlen(e.what());
      if (len + 1 != sizeof msg) return 1;
      std::memcpy(msg, e.what(), len + 1);
    }
    total += again(60) + msg[13];
  }
  std::printf("%ld %d %d\n", total, live_guards, argc);
  return 0;
}
