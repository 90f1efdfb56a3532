// EXPECT: global-buffer-overflow
// A function-local static tracker (constructed on first use, destroyed at
// exit through __cxa_atexit) copies its samples into a global report
// array from its destructor; it copies one sample more than the report
// holds.
#include <cstdio>
#include <cstdlib>

int g_report[4];
static volatile int g_nsamples = 5;

struct Tracker {
  int samples[8] = {};
  ~Tracker() {
    for (int i = 0; i < g_nsamples; i++)
      g_report[i] = samples[i]; // BUG
  }
};

static Tracker &tracker() {
  static Tracker t;
  return t;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < 8; i++) tracker().samples[i] = n + i * argc;
  std::printf("%d\n", tracker().samples[7]);
  return 0;
}
