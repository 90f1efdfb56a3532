// EXPECT: none
// Cache-line aligned per-worker slots: an over-aligned type allocated with new[] (aligned
// operator new[]), a block from posix_memalign and one from aligned_alloc, each written to its
// last byte and read back, then released with the matching deallocation.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

struct alignas(64) Slot {
  unsigned long ops = 0;
  unsigned char pad[40] = {};
  double ms = 0;
};

int main(int argc, char **argv) {
  int workers = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Slot *slots = new Slot[workers];
  for (int r = 0; r < 50; r++)
    for (int w = 0; w < workers; w++) {
      slots[w].ops++;
      slots[w].ms += 0.5 * w;
      slots[w].pad[sizeof slots[w].pad - 1] = static_cast<unsigned char>(alpha[(r + w) % 26]);
    }
  unsigned long ops = 0;
  unsigned sum = 0;
  for (int w = 0; w < workers; w++) {
    ops += slots[w].ops;
    sum += slots[w].pad[39];
  }
  bool aligned = reinterpret_cast<std::uintptr_t>(slots) % 64 == 0;
  delete[] slots;

  void *p = nullptr;
  size_t bytes = static_cast<size_t>(workers) * 100 + 7; // not a multiple of the alignment
  if (posix_memalign(&p, 128, bytes) != 0) return 1;
  std::memset(p, 0xab, bytes);
  unsigned char last = static_cast<unsigned char *>(p)[bytes - 1];
  std::free(p);

  size_t abytes = 256 * ((bytes + 255) / 256); // aligned_alloc wants a multiple of the alignment
  auto *q = static_cast<unsigned char *>(std::aligned_alloc(256, abytes));
  for (size_t i = 0; i < abytes; i++) q[i] = static_cast<unsigned char>(i);
  unsigned qlast = q[abytes - 1];
  std::free(q);

  auto up = std::make_unique<Slot[]>(static_cast<size_t>(workers) + 1);
  up[workers].ms = 1.5;
  std::printf("%d slots (aligned %d), %lu ops, sum %u, last %02x, q %u, up %.1f\n", workers, aligned, ops, sum, last,
              qlast, up[workers].ms);
  return 0;
}
