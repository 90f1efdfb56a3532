// EXPECT: new-delete-type-mismatch
// An array of derived objects is deleted with delete[] through a base pointer.
#include <cstdio>
#include <cstdlib>
struct Base {
  int tag = 0;
  ~Base() { tag = -1; }
};
struct Particle : Base { double pos[3] = {}; double vel[3] = {}; };
static Base *spawn(int n) { return new Particle[n]; }
static void despawn(Base *b) { delete[] b; } // BUG
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Base *ps = spawn(n);
  ps[0].tag = argv[2][0];
  std::printf("%d\n", ps[0].tag);
  despawn(ps);
  return 0;
}
