// EXPECT: none
// std::throw_with_nested at every level of a recursion (each frame with
// an array and a string), then the chain is unwrapped recursively with
// std::rethrow_if_nested, each message copied into a stack buffer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static void work(int depth, int seed) {
  int arr[30];
  for (int i = 0; i < 30; i++) arr[i] = seed + i;
  std::string name = "level" + std::to_string(depth);
  if (depth == 0) throw std::out_of_range("root-" + std::to_string(arr[29]));
  try {
    work(depth - 1, seed + arr[depth % 30]);
  } catch (...) {
    std::throw_with_nested(std::runtime_error(name));
  }
}

static long unwrap(const std::exception &e, int level) {
  char copy[48];
  std::snprintf(copy, sizeof copy, "%s", e.what());
  long s = (long)std::strlen(copy) * (level + 1);
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception &inner) {
    s += unwrap(inner, level + 1);
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 20; r++) {
    try {
      work(6 + r % 8, r);
    } catch (const std::exception &e) {
      total += unwrap(e, 0);
    }
  }
  std::printf("%ld\n", total);
  return 0;
}
