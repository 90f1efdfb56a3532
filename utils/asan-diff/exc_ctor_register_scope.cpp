// EXPECT: stack-use-after-scope
// A sensor object declared in the try block registers itself with a global
// poller in its constructor, which then throws on a failed calibration;
// after the handler, the poller reads the registered sensor, whose scope
// (the try block) is over.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

struct Sensor;
static Sensor *g_poll_list[8];
static int g_polled;

struct Sensor {
  int channel;
  double offset;
  Sensor(int ch, const char *cal) : channel(ch), offset(0) {
    g_poll_list[g_polled++ & 7] = this;
    if (cal[ch] > 'C') throw std::runtime_error("calibration failed");
    offset = cal[ch] * 0.01;
  }
};

__attribute__((noinline)) static double poll_all() {
  double sum = 0;
  for (int i = 0; i < g_polled; i++) sum += g_poll_list[i]->channel + g_poll_list[i]->offset; // BUG
  return sum;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  try {
    Sensor s(n % 8, argv[2]);
    std::printf("offset %f\n", s.offset);
  } catch (const std::exception &e) {
    std::fprintf(stderr, "%s\n", e.what());
  }
  std::printf("%f\n", poll_all());
  return 0;
}
