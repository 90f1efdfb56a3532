// EXPECT: none
// FLAGS: -std=c++20
// std::async tasks capture strings and vectors by value from scopes that
// end before the tasks run (they wait on a shared_future gate); the
// results come back by value through futures.
#include <cstdio>
#include <cstdlib>
#include <array>
#include <future>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::promise<void> go;
  std::shared_future<void> gate = go.get_future().share();
  std::vector<std::future<std::string>> fs;
  for (int k = 0; k < 6; k++) {
    std::string word(argv[2], 3 + k);
    std::vector<int> weights(n + k, k);
    int local[8] = {k, k, k, k, k, k, k, k};
    fs.push_back(std::async(std::launch::async,
                            [gate, word, weights, arr = std::to_array(local)] {
      gate.wait();
      long s = 0;
      for (int w : weights) s += w;
      for (int a : arr) s += a;
      return word + ":" + std::to_string(s);
    }));
  }
  go.set_value();
  size_t total = 0;
  for (auto &f : fs) total += f.get().size();
  std::printf("%zu\n", total);
  return 0;
}
