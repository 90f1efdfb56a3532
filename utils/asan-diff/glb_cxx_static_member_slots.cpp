// EXPECT: global-buffer-overflow
// A registry class keeps its slots in a static data member defined out of
// line; register_handler checks the slot count with `>` instead of `>=`
// and stores one handler past the array.
#include <cstdio>
#include <cstdlib>

typedef int (*handler_fn)(int);

class Registry {
public:
  static bool add(handler_fn h);
  static int run(int v);
private:
  static handler_fn slots_[4];
  static int used_;
};

handler_fn Registry::slots_[4];
int Registry::used_;

bool Registry::add(handler_fn h) {
  if (used_ > 4) return false; /* should be >= */
  slots_[used_++] = h; // BUG
  return true;
}

int Registry::run(int v) {
  for (int i = 0; i < used_ && i < 4; i++) v = slots_[i](v);
  return v;
}

static int twice(int v) { return 2 * v; }

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n / 2; i++) Registry::add(twice);
  std::printf("%d %d\n", Registry::run(argc), n);
  return 0;
}
