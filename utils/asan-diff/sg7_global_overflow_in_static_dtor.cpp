// EXPECT: global-buffer-overflow
// A static logger object flushes its counters into a global summary table
// from its destructor, which runs after main returns; the flush loop
// writes one entry past the global table.
#include <cstdio>
#include <cstdlib>
int g_summary[6];  // exported: read by a crash reporter
static volatile int g_entries = 7;
struct Logger {
  int counts[8] = {};
  ~Logger() {
    for (int i = 0; i < g_entries; i++)
      g_summary[i] = counts[i]; // BUG
  }
};
static Logger g_logger;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < 8; i++) g_logger.counts[i] = n * i + argc;
  std::printf("%d\n", g_logger.counts[3]);
  return 0;
}
