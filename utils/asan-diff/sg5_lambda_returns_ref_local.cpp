// EXPECT: stack-use-after-return
// A lambda declared to return const int& returns a reference to its own
// local; the caller reads through it.
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  auto biggest = [](const int *v, int n) __attribute__((noinline)) -> const int & {
    int best = v[0];
    for (int i = 1; i < n; i++) if (v[i] > best) best = v[i];
    return best;
  };
  int vals[4] = {argc, std::atoi(argv[1]), 3, 1};
  const int &m = biggest(vals, 4);
  std::printf("%d\n", m); // BUG
  return 0;
}
