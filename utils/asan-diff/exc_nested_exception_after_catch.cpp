// EXPECT: heap-use-after-free
// A pointer to the inner exception of a std::nested_exception chain is kept
// while unwrapping; the outer handler ends (destroying the whole chain) and
// the inner message is printed afterwards.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static void connect(const char *host, int n) {
  if (n > 2) throw std::runtime_error(std::string("connection refused by ") + host);
}

__attribute__((noinline)) static void fetch(const char *host, int n) {
  try {
    connect(host, n);
  } catch (...) {
    std::throw_with_nested(std::runtime_error("fetch failed"));
  }
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const std::exception *root = nullptr;
  try {
    fetch(argv[2], n);
  } catch (const std::exception &outer) {
    try {
      std::rethrow_if_nested(outer);
    } catch (const std::exception &inner) {
      root = &inner;
    }
  }
  if (root) std::printf("root cause: %s\n", root->what()); // BUG
  return 0;
}
