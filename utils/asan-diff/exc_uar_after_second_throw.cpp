// EXPECT: stack-use-after-return
// A pointer into a failed stage's local buffer (the stage had a cleanup)
// is saved; a second, unrelated exception is thrown and caught; only then
// is the saved pointer read.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

static const char *g_saved;

__attribute__((noinline)) static void stage_one(const char *s) {
  std::string copy(s);
  char scratch[40];
  std::snprintf(scratch, sizeof scratch, "s1:%s", copy.c_str());
  g_saved = scratch;
  throw std::runtime_error("stage one");
}

__attribute__((noinline)) static void stage_two(int n) {
  std::string note(n, 'x');
  long work[20];
  for (int i = 0; i < 20; i++) work[i] = i * n;
  if (work[19] > 0) throw std::logic_error("stage two " + note);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int fails = 0;
  try { stage_one(argv[2]); } catch (const std::exception &) { fails++; }
  try { stage_two(n); } catch (const std::exception &) { fails++; }
  std::printf("%d %c\n", fails, g_saved[n % 8]); // BUG
  return 0;
}
