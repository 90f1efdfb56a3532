// EXPECT: new-delete-type-mismatch
// An over-aligned array from new[] is freed with the unaligned operator delete[].
#include <cstdio>
#include <cstdlib>
#include <new>
struct alignas(64) Lane { float v[16]; };
template <class T> static void free_raw(T *p) { ::operator delete[](static_cast<void *>(p)); } // BUG
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Lane *lanes = new Lane[n];
  for (int i = 0; i < n; i++) lanes[i].v[0] = argv[2][i];
  std::printf("%f\n", lanes[n - 1].v[0]);
  free_raw(lanes);
  return 0;
}
