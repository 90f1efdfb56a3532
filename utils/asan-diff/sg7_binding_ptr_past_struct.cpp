// EXPECT: stack-buffer-overflow
// FLAGS: -std=c++17
// Structured bindings name the fields of a local RGB triple; code that
// treats the last binding as the start of "the rest of the pixel" reads
// the alpha channel that this struct does not have.
#include <cstdio>
#include <cstdlib>
struct Rgb {
  unsigned char r, g, b;
};
__attribute__((noinline)) static Rgb parse(const char *s) {
  return Rgb{(unsigned char)s[0], (unsigned char)s[1], (unsigned char)s[2]};
}
__attribute__((noinline)) static int alpha_of(const unsigned char *after_blue, int k) {
  return after_blue[k]; // BUG
}
int main(int argc, char **argv) {
  auto [r, g, b] = parse(argv[2]);
  int k = std::atoi(argv[1]) - 9;  // 1: the byte after blue
  int a = alpha_of(&b, k);
  std::printf("%d %d %d %d %d\n", r, g, b, a, argc);
  return 0;
}
