// EXPECT: stack-buffer-overflow
// std::array of structs on the stack, operator[] one past the end (no
// bounds check).
#include <array>
#include <cstdio>
#include <cstdlib>
struct Pt { float x, y; };
int main(int argc, char **argv) {
  std::array<Pt, 6> pts;
  for (int i = 0; i < 6; i++) pts[i] = Pt{float(i), float(i * argc)};
  int k = std::atoi(argv[1]) - 4; /* 6 */
  float s = 0;
  for (int i = 0; i <= k; i++) s += pts[i].y; // BUG
  std::printf("%f\n", s);
  return 0;
}
