// EXPECT: stack-use-after-scope
// A 72 KiB decode buffer (too large for any fake frame) is declared in the
// try block; the decoder throws on a corrupt block and the handler dumps
// the buffer's first bytes through a pointer that outlived the block.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

__attribute__((noinline)) static void decode(unsigned char *out, size_t cap, const char *in, int n) {
  std::memset(out, 0, cap);
  for (int i = 0; i < n; i++) {
    if (in[i] == 'H') throw std::runtime_error("corrupt block");
    out[i * 7000] = in[i];
  }
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  unsigned char *view = nullptr;
  try {
    unsigned char block[72 * 1024];
    view = block;
    decode(block, sizeof block, argv[2], n);
    std::printf("%d\n", block[7000]);
  } catch (const std::exception &e) {
    std::printf("%s: %02x %02x\n", e.what(), view[0], view[n]); // BUG
  }
  return 0;
}
