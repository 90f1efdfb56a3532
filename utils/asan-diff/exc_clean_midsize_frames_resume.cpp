// EXPECT: none
// Frames of 2 KiB to 32 KiB (fake-frame size classes) and one just over
// 64 KiB (on the real stack), each with a destructor (so an exception
// leaves them through their cleanups) and an alloca'd area, are thrown
// through 300 times; between rounds other functions with frames of the
// same sizes fill their arrays whole.
#include <alloca.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct Note { std::string s; explicit Note(int k) : s(std::to_string(k)) {} };

template <int KB> __attribute__((noinline)) int layer(const char *in, int k, int stop);

template <int KB> __attribute__((noinline)) int next_layer(const char *in, int k, int stop) {
  if constexpr (KB < 48) return layer<KB * 2>(in, k, stop);
  else throw std::runtime_error("bottom");
}

template <int KB> __attribute__((noinline)) int layer(const char *in, int k, int stop) {
  Note note(KB);
  char block[KB * 1024 - 200];
  std::memset(block, in[k % 26], sizeof block);
  char *extra = static_cast<char *>(alloca(64 + k % 100));
  extra[0] = block[sizeof block - 1];
  if (KB == stop) throw std::out_of_range(note.s);
  return next_layer<KB>(in, k, stop) + extra[0] + block[KB];
}

template <int KB> __attribute__((noinline)) long refill(int v) {
  char block[KB * 1024 - 200];
  long words[16];
  std::memset(block, v, sizeof block);
  for (int i = 0; i < 16; i++) words[i] = block[i * 7] + i;
  return words[15] + block[sizeof block - 1];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  const int stops[] = {2, 4, 8, 16, 32, 64};
  for (int k = 0; k < n * 30; k++) {
    try {
      total += layer<2>(argv[2], k, stops[k % 6]);
    } catch (const std::exception &e) {
      total += (long)std::strlen(e.what());
    }
    total += refill<2>(k) + refill<4>(k) + refill<8>(k) + refill<16>(k) + refill<32>(k) + refill<48>(k);
  }
  std::printf("%ld\n", total);
  return 0;
}
