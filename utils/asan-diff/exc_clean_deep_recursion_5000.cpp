// EXPECT: none
// A 5000-deep recursion (more frames than the fake stack's classes hold,
// so the deepest frames fall back to the real stack) throws from its
// bottom; the top catches. Then main's locals and a second deep recursion
// with different frame sizes run over the unwound stack. Three rounds.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct Tracker { long *live; Tracker(long *l) : live(l) { ++*live; } ~Tracker() { --*live; } };

__attribute__((noinline)) static long descend(int depth, const char *s, long *live) {
  Tracker t(live);
  char frame[300];
  std::memset(frame, s[depth % 26], sizeof frame);
  if (depth == 0) throw std::overflow_error(std::string(frame, 10));
  return descend(depth - 1, s, live) + frame[depth % 300];
}

__attribute__((noinline)) static long plain_descend(int depth, const char *s) {
  char frame[120];
  long nums[10];
  std::memset(frame, s[depth % 26], sizeof frame);
  for (int i = 0; i < 10; i++) nums[i] = frame[i * 11] + i;
  if (depth == 0) throw std::overflow_error("plain bottom");
  return plain_descend(depth - 1, s) + nums[depth % 10];
}

__attribute__((noinline)) static long climb(int depth) {
  int grid[64];
  char label[40];
  std::memset(grid, 0, sizeof grid);
  std::snprintf(label, sizeof label, "climb %d", depth);
  grid[63] = label[0];
  return depth ? climb(depth - 1) + grid[63] + label[6] : grid[63];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long live = 0, total = 0;
  char summary[64];
  for (int round = 0; round < 3; round++) {
    try {
      total += descend(n * 500, argv[2], &live);
    } catch (const std::overflow_error &e) {
      std::snprintf(summary, sizeof summary, "%s %ld", e.what(), live);
    }
    try {
      total += plain_descend(n * 500, argv[2]);
    } catch (const std::overflow_error &e) {
      total += (long)std::strlen(e.what());
    }
    total += climb(n * 450) + summary[0];
  }
  std::printf("%ld %ld %s\n", total, live, summary);
  return 0;
}
