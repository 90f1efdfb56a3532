// EXPECT: heap-buffer-overflow
// FLAGS: -fno-exceptions -fno-rtti
// A small vector type for a codebase built with -fno-exceptions and
// -fno-rtti (no std::vector, new(std::nothrow) everywhere). grow() copies
// the old elements into the new block using the new capacity as the count,
// reading past the old block.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

template <typename T> struct SmallVec {
  T *data = nullptr;
  size_t size = 0, cap = 0;
  bool grow() {
    size_t ncap = cap ? cap * 2 : 4;
    T *n = new (std::nothrow) T[ncap];
    if (!n) return false;
    if (data) std::memcpy(n, data, ncap / 2 * sizeof(T) + sizeof(T)); // BUG
    delete[] data;
    data = n;
    cap = ncap;
    return true;
  }
  bool push(const T &v) {
    if (size == cap && !grow()) return false;
    data[size++] = v;
    return true;
  }
  ~SmallVec() { delete[] data; }
};

int main(int argc, char **argv) {
  SmallVec<int> v;
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) v.push(i * i);
  std::printf("%zu %d\n", v.size, v.data[v.size - 1]);
  return 0;
}
