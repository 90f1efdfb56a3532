// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR=1
// A sensor smoother: samples go into a std::vector reserved for a whole batch, and a centred
// moving average reads a window around each sample. The window's right edge is clamped to
// size() instead of size() - 1, so the last sample's window reads the element just past the
// end: inside the vector's capacity (no heap overflow), but past its size, which libstdc++'s
// vector annotations (_GLIBCXX_SANITIZE_VECTOR) mark as a container overflow.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Smoother {
  std::vector<double> samples;
  int radius;

  explicit Smoother(size_t batch, int r) : radius(r) { samples.reserve(batch); }

  void add(double v) { samples.push_back(v); }

  std::vector<double> smooth() const {
    std::vector<double> out;
    out.reserve(samples.size());
    const long n = static_cast<long>(samples.size());
    for (long i = 0; i < n; i++) {
      long lo = i - radius < 0 ? 0 : i - radius;
      long hi = i + radius > n ? n : i + radius; // should clamp to n - 1
      double sum = 0;
      for (long k = lo; k <= hi; k++) sum += samples[static_cast<size_t>(k)]; // BUG
      out.push_back(sum / static_cast<double>(hi - lo + 1));
    }
    return out;
  }
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string noise = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Smoother s(64, 2);
  for (int i = 0; i < n * 3; i++) s.add(20.0 + (noise[static_cast<size_t>(i) % noise.size()] - 'M') * 0.1 + (i % 7) * 0.05);
  std::vector<double> out = s.smooth();
  double lo = out[0], hi = out[0];
  for (double v : out) {
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  std::printf("%zu samples, smoothed range %.3f .. %.3f\n", out.size(), lo, hi);
  return 0;
}
