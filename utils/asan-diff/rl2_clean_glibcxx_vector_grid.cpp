// EXPECT: none
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// a flood-fill over a grid of std::vector<std::vector<char>> with annotated libstdc++ vectors: a vector used as a stack, reserve, resize down and up, insert at the front, data() copies of the exact size
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct Cell {
  int r, c;
};

static std::vector<std::vector<char>> make_grid(int rows, int cols, const std::string &seed) {
  std::vector<std::vector<char>> g;
  g.reserve(static_cast<size_t>(rows) + 4);
  for (int r = 0; r < rows; r++) {
    std::vector<char> row;
    row.reserve(static_cast<size_t>(cols) * 2);
    for (int c = 0; c < cols; c++) row.push_back((seed[static_cast<size_t>(r * 3 + c * 5) % seed.size()] % 3) ? '.' : '#');
    g.push_back(std::move(row));
  }
  return g;
}

static int flood(std::vector<std::vector<char>> &g, int r0, int c0, char mark) {
  std::vector<Cell> stack;
  stack.reserve(4);
  stack.push_back({r0, c0});
  int filled = 0;
  while (!stack.empty()) {
    Cell cur = stack.back();
    stack.pop_back();
    if (cur.r < 0 || cur.c < 0 || cur.r >= static_cast<int>(g.size()) || cur.c >= static_cast<int>(g[static_cast<size_t>(cur.r)].size()))
      continue;
    char &cell = g[static_cast<size_t>(cur.r)][static_cast<size_t>(cur.c)];
    if (cell != '.') continue;
    cell = mark;
    filled++;
    stack.push_back({cur.r + 1, cur.c});
    stack.push_back({cur.r - 1, cur.c});
    stack.push_back({cur.r, cur.c + 1});
    stack.push_back({cur.r, cur.c - 1});
  }
  return filled;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string seed = argc > 2 ? argv[2] : "ABCDEFG";
  auto g = make_grid(n * 2, n * 3, seed);
  int regions = 0, biggest = 0;
  char mark = 'a';
  for (size_t r = 0; r < g.size(); r++)
    for (size_t c = 0; c < g[r].size(); c++)
      if (g[r][c] == '.') {
        int f = flood(g, static_cast<int>(r), static_cast<int>(c), mark);
        mark = mark == 'z' ? 'a' : static_cast<char>(mark + 1);
        regions++;
        if (f > biggest) biggest = f;
      }
  // reshape: shrink some rows, grow others, add a border row at the front
  for (size_t r = 0; r < g.size(); r++) {
    if (r % 2) g[r].resize(g[r].size() / 2);
    else g[r].resize(g[r].size() + 3, '+');
  }
  g.insert(g.begin(), std::vector<char>(static_cast<size_t>(n), '='));
  std::vector<char> flat;
  for (const auto &row : g) {
    size_t at = flat.size();
    flat.resize(at + row.size());
    std::memcpy(flat.data() + at, row.data(), row.size());
  }
  unsigned h = 0;
  for (char ch : flat) h = h * 31 + static_cast<unsigned char>(ch);
  std::printf("regions=%d biggest=%d rows=%zu flat=%zu hash=%08x\n", regions, biggest, g.size(), flat.size(), h);
  return 0;
}
