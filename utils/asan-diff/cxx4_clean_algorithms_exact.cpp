// EXPECT: none
// nth_element / reverse / rotate / max_element / sort / stable_sort / inplace_merge / accumulate on C arrays and heap arrays with exact ends.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <string>
#include <vector>
int g_vals[8] = {5, 3, 9, 1, 7, 2, 8, 6};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::nth_element(g_vals, g_vals + 3, g_vals + 8);
  int *a = new int[n];
  for (int i = 0; i < n; i++) a[i] = i * argv[2][i];
  std::reverse(a, a + n);
  int b[11];
  for (int i = 0; i < 11; i++) b[i] = argv[2][i];
  std::rotate(b, b + 1, b + 11);
  std::unique_ptr<int[]> p(new int[n]);
  for (int i = 0; i < n; i++) p[i] = argv[2][n - 1 - i];
  int m = *std::max_element(p.get(), p.get() + n);
  std::vector<std::string> words;
  for (int i = 0; i < 200; i++) words.push_back(std::string(argv[2] + i % 26) + std::to_string(i));
  std::stable_sort(words.begin(), words.end());
  std::vector<int> half(400);
  for (int i = 0; i < 400; i++) half[i] = (i * 7919) % 200;
  std::sort(half.begin(), half.begin() + 200);
  std::sort(half.begin() + 200, half.end());
  std::inplace_merge(half.begin(), half.begin() + 200, half.end());
  long sum = std::accumulate(b, b + 11, 0L);
  std::printf("%d %d %d %d %s %d %ld\n", g_vals[3], a[0], b[10], m, words[0].c_str(), half[399], sum);
  delete[] a;
  return 0;
}
