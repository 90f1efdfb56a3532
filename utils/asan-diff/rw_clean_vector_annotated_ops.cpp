// EXPECT: none
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR=1
// A text-buffer editor core on std::vector<char> and std::vector<std::vector<int>> with
// libstdc++'s container annotations on: reserve, insert in the middle, erase, resize down and
// up, shrink_to_fit, swap, move, assign and data() access up to size() - 1, with odd sizes so
// the annotated boundary falls inside 8-byte granules.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::vector<char> buf;
  buf.reserve(37);
  for (int i = 0; i < n * 3; i++) buf.push_back(alpha[static_cast<size_t>(i) % alpha.size()]);
  buf.insert(buf.begin() + 5, alpha.begin(), alpha.begin() + 7);
  buf.erase(buf.begin() + 2, buf.begin() + 4);
  size_t before = buf.size();
  buf.resize(before - 3);
  buf.resize(before + 5, '.');
  char last = buf[buf.size() - 1];
  std::memcpy(buf.data(), "0123", 4);
  buf.shrink_to_fit();
  std::vector<char> other(13, 'z');
  other.swap(buf);
  std::vector<char> moved = std::move(other);
  moved.assign(alpha.begin(), alpha.begin() + 11);
  long sum = 0;
  for (size_t i = 0; i < moved.size(); i++) sum += moved.data()[i];

  std::vector<std::vector<int>> rows;
  for (int r = 0; r < n; r++) {
    rows.emplace_back();
    rows.back().reserve(static_cast<size_t>(r) * 2 + 1);
    for (int c = 0; c <= r; c++) rows.back().push_back(r * c);
  }
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const std::vector<int> &v) { return v.size() % 3 == 0; }),
             rows.end());
  long cells = 0;
  for (const auto &row : rows) cells += row.empty() ? 0 : row.back() + static_cast<long>(row.size());
  std::printf("buf %zu (last %c), other %zu, moved %zu sum %ld, rows %zu cells %ld\n", buf.size(), last, other.size(),
              moved.size(), sum, rows.size(), cells);
  return 0;
}
