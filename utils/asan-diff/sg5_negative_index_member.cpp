// EXPECT: stack-buffer-underflow
// find() returns -1 when the key is absent and the caller indexes the
// parallel value array (the object's first member) with it unchecked.
#include <cstdio>
#include <cstdlib>
class SmallMap {
public:
  SmallMap() { for (int i = 0; i < 4; i++) { vals_[i] = i * 10; keys_[i] = i + 1; } }
  int find(int k) const { for (int i = 0; i < 4; i++) if (keys_[i] == k) return i; return -1; }
  __attribute__((noinline)) long get(int k) const { return vals_[find(k)]; } // BUG
private:
  long vals_[4];
  int keys_[4];
};
int main(int argc, char **argv) {
  SmallMap m;
  std::printf("%ld %d\n", m.get(std::atoi(argv[1])), argc);
  return 0;
}
