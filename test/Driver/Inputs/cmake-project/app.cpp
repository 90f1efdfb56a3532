// ===- test/Driver/Inputs/cmake-project/app.cpp - the executable ----------===
//
// Instrumented and linked with the runtime; see ../../cmake-project.test.
// ===----------------------------------------------------------------------===
#include <cstdio>
#include <memory>
#include <vector>

extern "C" void greet(const char *Name);

int main() {
  greet("memscope");
  auto Numbers = std::make_unique<std::vector<int>>(3, 7);
  std::printf("vector of %zu\n", Numbers->size());
  return 0;
}
