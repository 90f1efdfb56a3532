// EXPECT: leak
// A histogram store maps metric names to new[]-allocated bucket arrays in a
// std::unordered_map<std::string, double*>. Stale metrics are removed with
// erase() during a sweep, which frees the map node but not the array it
// held: each erased metric's buckets leak. The store itself is destroyed
// properly at the end (deleting the arrays still in it).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

class Histograms {
  std::unordered_map<std::string, double *> buckets_;
  int width_;

 public:
  explicit Histograms(int width) : width_(width) {}
  ~Histograms() {
    for (auto &kv : buckets_) delete[] kv.second;
  }
  void add(const std::string &name, double v) {
    double *&b = buckets_[name];
    if (!b) b = new double[static_cast<size_t>(width_)]();
    b[static_cast<int>(v) % width_] += 1;
  }
  int sweep(char prefix) {
    int removed = 0;
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      if (it->first[0] == prefix) {
        it = buckets_.erase(it); // BUG: delete[] it->second missing
        removed++;
      } else {
        ++it;
      }
    }
    return removed;
  }
  size_t size() const { return buckets_.size(); }
};

__attribute__((noinline)) static int run(int n, const char *alpha) {
  Histograms h(n + 6);
  for (int i = 0; i < n; i++) {
    std::string name = std::string(1, alpha[i % 4]) + ".latency.endpoint" + std::to_string(i);
    for (int k = 0; k < 5; k++) h.add(name, i * 7 + k);
  }
  int removed = h.sweep(alpha[1]);
  return removed * 100 + static_cast<int>(h.size());
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  int r = run(n, argc > 2 ? argv[2] : "ABCD");
  scrub();
  std::printf("removed %d kept %d\n", r / 100, r % 100);
  return 0;
}
