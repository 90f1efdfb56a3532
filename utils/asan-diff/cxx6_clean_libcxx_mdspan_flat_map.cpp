// EXPECT: none
// FLAGS: -stdlib=libc++ -std=c++23
// Clean: an mdspan over a row-major image with the correct (rows, cols)
// extents visited to the last pixel; a flat_map word counter that looks the
// previous word up again instead of keeping a reference across inserts;
// format_to_n bounded by the destination buffer's own size.
#include <cstdio>
#include <cstdlib>
#include <flat_map>
#include <format>
#include <mdspan>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  size_t w = std::atoi(argv[1]) / 2, h = 2 * w;
  std::vector<unsigned char> px(w * h);
  for (size_t i = 0; i < px.size(); i++) px[i] = argv[2][i % 26];
  std::mdspan img(px.data(), h, w);
  long sum = 0;
  for (size_t y = 0; y < img.extent(0); y++)
    for (size_t x = 0; x < img.extent(1); x++) sum += img[y, x];
  std::flat_map<std::string, long> counts;
  std::string prev;
  for (int i = 0; i < 20; i++) {
    std::string word(argv[2] + i, 2);
    counts[word] += 1;
    if (!prev.empty()) counts[prev] += 100;
    prev = word;
  }
  char label[24];
  auto r = std::format_to_n(label, sizeof label - 1, "{}:{:>3}%", argv[2], 90);
  *(r.out) = '\0';
  std::printf("%ld %zu %s %d\n", sum, counts.size(), label, argc);
  return 0;
}
