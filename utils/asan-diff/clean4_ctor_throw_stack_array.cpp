// EXPECT: none
// Arrays of objects with local buffers built on the stack (and in
// aggregates and with new[]): the k-th element's constructor throws after
// using a large local array, the already built elements are destroyed in
// reverse (each destructor reads its own buffer), and the catch reuses
// the stack at once.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

static int fail_at;
static int built;
static long destroyed;

struct Cell {
  char buf[40];
  int index;
  Cell() : index(built) {
    char work[512];
    std::memset(work, 'a' + index % 26, sizeof work);
    std::memcpy(buf, work + 100, sizeof buf);
    if (built == fail_at) throw index;
    built++;
  }
  ~Cell() { destroyed += buf[39] + index; }
};

struct Pair {
  Cell left[3];
  int tag[5];
  Cell right[2];
};

__attribute__((noinline)) static long on_stack(int k) {
  built = 0;
  fail_at = k;
  try {
    Cell cells[12];
    return cells[11].buf[0];
  } catch (int idx) {
    long reuse[64];
    for (int i = 0; i < 64; i++) reuse[i] = idx + i;
    return reuse[63];
  }
}

__attribute__((noinline)) static long in_aggregate(int k) {
  built = 0;
  fail_at = k;
  try {
    Pair p[2];
    return p[1].right[1].buf[39];
  } catch (int idx) {
    return idx * 2;
  }
}

__attribute__((noinline)) static long on_heap(int k) {
  built = 0;
  fail_at = k;
  try {
    Cell *arr = new Cell[9];
    long v = arr[8].buf[5];
    delete[] arr;
    return v;
  } catch (int idx) {
    return idx * 3;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 30; r++) {
    total += on_stack(r % 14);
    total += in_aggregate(r % 11);
    total += on_heap(r % 10);
  }
  std::printf("%ld %ld\n", total, destroyed);
  return 0;
}
