// EXPECT: global-buffer-overflow
// A global lookup object is initialized by its constructor at startup
// (dynamic initialization); main reads one entry past its member array.
#include <cmath>
#include <cstdio>
#include <cstdlib>

struct SineTable {
  float v[32];
  SineTable() {
    for (int i = 0; i < 32; i++) v[i] = std::sin(i * 3.14159265f / 16);
  }
  float at(int i) const { return v[i]; } // BUG
};

SineTable g_sine;
int g_lookups;

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  float s = 0;
  for (int i = 0; i <= 32; i += n / 10 + (argc - 3)) { /* 0..32 */
    s += g_sine.at(i);
    g_lookups++;
  }
  std::printf("%f %d\n", s, g_lookups);
  return 0;
}
