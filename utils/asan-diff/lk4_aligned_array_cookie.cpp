// EXPECT: leak
// Particle batches are arrays of an over-aligned type with a destructor, so
// new Batch[k] puts a count cookie in front of the elements (padded to the
// 64-byte alignment) and returns a pointer 64 bytes into the block. The
// batches kept in the global table are reachable through that interior
// pointer; the ones a failed merge drops are lost, each counted with its
// cookie, together with the vector buffers their elements own.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

struct alignas(64) Batch {
  float pos[8];
  std::vector<int> ids;
  ~Batch() { pos[0] = 0; }
};

struct Slot {
  Batch *batch;
  size_t count;
};

static Slot g_table[6];

__attribute__((noinline)) static Batch *make_batch(size_t count, int n) {
  Batch *b = new Batch[count];
  for (size_t i = 0; i < count; i++) b[i].ids.assign(static_cast<size_t>(n) + i, static_cast<int>(i));
  return b;
}

__attribute__((noinline)) static int load(int n) {
  int merged = 0;
  for (int i = 0; i < 6; i++) {
    size_t count = static_cast<size_t>(i % 3 + 1);
    Batch *b = make_batch(count, n);
    if (i % 2 == 1) {
      // merge into the previous slot "failed": the batch is dropped
      merged++; // BUG: delete[] b missing
      continue;
    }
    g_table[i] = {b, count};
  }
  return merged;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static size_t census() {
  size_t t = 0;
  for (const Slot &s : g_table)
    for (size_t i = 0; i < s.count; i++) t += s.batch[i].ids.size();
  return t;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  int dropped = load(n);
  scrub();
  std::printf("dropped %d ids %zu\n", dropped, census());
  return 0;
}
