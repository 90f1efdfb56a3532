// EXPECT: global-buffer-overflow
// A plugin registry in an anonymous namespace: a count followed by a fixed
// array of ids. register_plugin() checks `count > kMax` instead of
// `count >= kMax`, so the ninth registration stores ids[8], past the end
// of the global object.
#include <cstdio>
#include <cstdlib>

namespace {
constexpr int kMax = 8;
struct Registry {
  int count;
  int ids[kMax];
} g_registry;

__attribute__((noinline)) bool register_plugin(int id) {
  if (g_registry.count > kMax) return false;
  g_registry.ids[g_registry.count++] = id; // BUG
  return true;
}
} // namespace

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 1; /* 9 plugins */
  int ok = 0;
  for (int i = 0; i < n; i++) ok += register_plugin(100 + i * argc);
  std::printf("%d registered, first %d\n", ok, g_registry.ids[0]);
  return 0;
}
