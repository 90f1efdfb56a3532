// EXPECT: double-free
// An object's destructor is called by hand to "reset" it and runs again at scope exit.
#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>
struct Buffer { // BUG
  std::vector<int> data;
  explicit Buffer(int n) : data(n) {}
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Buffer buf(n);
  for (int i = 0; i < n; i++) buf.data[i] = argv[2][i];
  long sum = 0;
  for (int v : buf.data) sum += v;
  buf.~Buffer();
  std::printf("%ld\n", sum);
  return 0;
}
