// EXPECT: alloc-dealloc-mismatch
// A worker thread allocates an array with new[]; main, after the join,
// releases it with scalar delete.
#include <cstdio>
#include <cstdlib>
#include <thread>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long *arr = nullptr;
  std::thread t([&arr, n] {
    arr = new long[n];
    for (int i = 0; i < n; i++) arr[i] = i;
  });
  t.join();
  std::printf("%ld\n", arr[n - 1]);
  delete arr; // BUG
  return 0;
}
