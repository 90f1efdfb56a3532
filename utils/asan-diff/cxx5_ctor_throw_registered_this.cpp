// EXPECT: heap-use-after-free
// A constructor registers `this` and then throws; the registry keeps the freed object.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>
struct Device;
static std::vector<Device *> g_devices;
struct Device {
  int id;
  long opens = 0;
  explicit Device(int i) : id(i) {
    g_devices.push_back(this);
    if (i > 5) throw std::runtime_error("no such device");
  }
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = n - 2; i <= n; i++) {
    try {
      new Device(i);
    } catch (const std::exception &e) {
      std::printf("%s\n", e.what());
    }
  }
  long total = 0;
  for (Device *d : g_devices) total += d->opens; // BUG
  std::printf("%ld\n", total);
  return 0;
}
