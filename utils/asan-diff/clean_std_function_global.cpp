// EXPECT: none
// Global std::function objects set from inside functions with by-value
// captures of local arrays and strings, called long after those functions
// returned; a by-reference capture used only while its owner is live.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>
static std::function<int()> g_one;
static std::vector<std::function<long(int)>> g_many;
__attribute__((noinline)) static void install(int seed) {
  std::array<int, 8> local{};
  for (int i = 0; i < 8; i++) local[i] = seed + i;
  std::string name(30, 'a' + seed % 26);
  g_one = [local, name] { return local[7] + name[29]; };
  g_many.push_back([local](int i) { return (long)local[i % 8]; });
  int counter = 0;
  std::function<void()> inc = [&counter] { counter++; };
  for (int i = 0; i < 5; i++) inc();
  g_many.push_back([counter, name](int i) { return (long)counter + name[i % 30]; });
}
int main(int argc, char **argv) {
  long s = 0;
  for (int r = 0; r < 200; r++) {
    install(std::atoi(argv[1]) + r);
    s += g_one();
  }
  for (size_t i = 0; i < g_many.size(); i++) s += g_many[i]((int)i);
  std::printf("%ld\n", s);
  return 0;
}
