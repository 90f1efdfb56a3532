// EXPECT: global-buffer-overflow
// A namespace-scope array of layer weights; the dot product takes its
// length from the input vector (7 features) while the weights array holds
// 6, so the last multiply reads past the weights.
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace model {
double weights[6] = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
double bias = 1.0;

double score(const std::vector<double> &features) {
  double s = bias;
  for (std::size_t i = 0; i < features.size(); i++)
    s += weights[i] * features[i]; // BUG
  return s;
}
} // namespace model

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<double> f;
  for (int i = 0; i < n - 3; i++) f.push_back(i + argc);
  std::printf("%f\n", model::score(f));
  return 0;
}
