// EXPECT: none
// An exception thrown 20 frames deep unwinds frames that each hold arrays
// and a RAII object; the handler uses only its own data. Repeated so fake
// frames are reused.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
struct Guard { int *counter; int pad[3]; ~Guard() { ++*counter; } };
__attribute__((noinline)) static int dive(int depth, int *dtors) {
  int local[16];
  char name[24];
  Guard g{dtors, {depth, depth, depth}};
  for (int i = 0; i < 16; i++) local[i] = depth * i;
  std::snprintf(name, sizeof name, "frame %d", depth);
  if (depth == 20) throw std::runtime_error(std::string(name) + " overflowed");
  return dive(depth + 1, dtors) + local[depth % 16] + g.pad[0];
}
int main(int argc, char **argv) {
  int dtors = 0, caught = 0;
  int rounds = std::atoi(argv[1]);
  for (int r = 0; r < rounds; r++) {
    try {
      dive(0, &dtors);
    } catch (const std::exception &e) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%s", e.what());
      caught += buf[0] == 'f';
    }
  }
  std::printf("%d %d %d\n", dtors, caught, argc);
  return 0;
}
