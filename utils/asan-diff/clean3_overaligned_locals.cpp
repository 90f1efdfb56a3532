// EXPECT: none
// Locals aligned to 64, 128 and 4096 bytes, over-aligned struct members
// and arrays of over-aligned elements, written and read to their last
// byte in callees; the alignment is checked.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct alignas(64) Line {
  char bytes[40];
};

struct Holder {
  char tag;
  alignas(128) int vals[5];
  char tail[3];
};

__attribute__((noinline)) static unsigned touch(void *p, size_t n, int v) {
  unsigned char *b = static_cast<unsigned char *>(p);
  unsigned s = 0;
  for (size_t i = 0; i < n; i++) {
    b[i] = static_cast<unsigned char>(v + i);
    s += b[i];
  }
  return s + b[n - 1];
}

__attribute__((noinline)) static unsigned frame(int v, int depth) {
  alignas(4096) char page[100];
  alignas(128) double d[3];
  Line lines[3];
  Holder h;
  char odd[5];
  unsigned bad = 0;
  bad += reinterpret_cast<uintptr_t>(page) % 4096 != 0;
  bad += reinterpret_cast<uintptr_t>(d) % 128 != 0;
  bad += reinterpret_cast<uintptr_t>(lines) % 64 != 0;
  bad += reinterpret_cast<uintptr_t>(h.vals) % 128 != 0;
  unsigned s = touch(page, sizeof page, v) + touch(d, sizeof d, v) +
               touch(lines, sizeof lines, v) + touch(&h, sizeof h, v) +
               touch(odd, sizeof odd, v) + touch(lines[2].bytes, 40, v);
  if (depth > 0) s += frame(v + 1, depth - 1);
  return s + bad * 1000000;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  unsigned t = 0;
  for (int r = 0; r < 20; r++) t += frame(v + r, r % 5);
  printf("%u %d\n", t, argc);
  return 0;
}
