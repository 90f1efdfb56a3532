// EXPECT: none
// FLAGS: -std=c++20
// Strict-weak sort of equal keys, exact fixed-extent spans, initializer_list within its expression, any and variant access.
#include <algorithm>
#include <any>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <numeric>
#include <span>
#include <string>
#include <variant>
#include <vector>
struct Rec { int key; int seq; };
static int largest(std::initializer_list<int> xs) { return *std::max_element(xs.begin(), xs.end()); }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Rec> recs;
  for (int i = 0; i < n * 5; i++) recs.push_back({argv[2][0], i});
  std::stable_sort(recs.begin(), recs.end(), [](const Rec &a, const Rec &b) { return a.key < b.key; });
  std::sort(recs.begin(), recs.end(), [](const Rec &a, const Rec &b) { return a.seq > b.seq; });
  int *data = new int[16];
  for (int i = 0; i < 16; i++) data[i] = argv[2][i];
  std::span<const int, 16> block(data, 16);
  long sum = std::accumulate(block.begin(), block.end(), 0L);
  auto tail = block.last<4>();
  int m = largest({n, argv[2][0], argv[2][1]});
  std::any slot = std::vector<int>(n, 7);
  size_t vs = std::any_cast<std::vector<int>>(&slot)->size();
  slot = n * 2;
  std::variant<int, std::string> v = std::string(argv[2]);
  size_t sl = std::get<std::string>(v).size();
  v = 3;
  std::printf("%d %ld %d %d %zu %d %zu %d\n", recs.front().seq, sum, tail[3], m, vs,
              std::any_cast<int>(slot), sl, std::get<int>(v));
  delete[] data;
  return 0;
}
