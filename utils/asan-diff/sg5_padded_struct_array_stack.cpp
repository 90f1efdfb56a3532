// EXPECT: stack-buffer-overflow
// A stack array of padded structs (short, double, char: 24 bytes each); the
// flag field of the element one past the end is written.
#include <cstdio>
#include <cstdlib>
struct Sample { short id; double v; char ok; };
__attribute__((noinline)) static double mean(const Sample *s, int n) { double t = 0; for (int i = 0; i < n; i++) t += s[i].v; return t / n; }
int main(int argc, char **argv) {
  Sample s[4];
  int n = std::atoi(argv[1]) - 6; // 4
  for (int i = 0; i < 4; i++) s[i] = {(short)i, i * 1.5, 1};
  s[n].ok = 0; // BUG
  std::printf("%f %d\n", mean(s, 4), argc);
  return 0;
}
