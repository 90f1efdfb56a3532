// EXPECT: none
// A Sudoku solver by backtracking: every recursion level copies the whole
// board state (a std::array of 81 cells plus three std::array<std::bitset<10>, 9>
// candidate masks) into a local, tries the candidates of the most
// constrained cell and recurses, so up to ~60 frames of ~400 bytes each are
// live. A second solver variant keeps the state in one object and undoes
// moves. Both read cells 0..80 and masks 0..8 exactly.
#include <array>
#include <bitset>
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct State {
  std::array<unsigned char, 81> cell;
  std::array<std::bitset<10>, 9> row, col, box;
  bool place(int i, int v) {
    int r = i / 9, c = i % 9, b = (r / 3) * 3 + c / 3;
    if (row[r][v] || col[c][v] || box[b][v]) return false;
    row[r][v] = col[c][v] = box[b][v] = true;
    cell[i] = (unsigned char)v;
    return true;
  }
  void undo(int i) {
    int v = cell[i], r = i / 9, c = i % 9, b = (r / 3) * 3 + c / 3;
    row[r][v] = col[c][v] = box[b][v] = false;
    cell[i] = 0;
  }
  std::bitset<10> allowed(int i) const {
    int r = i / 9, c = i % 9, b = (r / 3) * 3 + c / 3;
    return ~(row[r] | col[c] | box[b]);
  }
};

static long g_nodes;

static bool solve_copy(const State &s, State &out) {
  g_nodes++;
  int best = -1, best_n = 10;
  for (int i = 0; i < 81; i++) {
    if (s.cell[i]) continue;
    int n = (int)(s.allowed(i).count() - 1);  // bit 0 is never a value
    if (n < best_n) { best = i; best_n = n; }
  }
  if (best < 0) { out = s; return true; }
  std::bitset<10> cand = s.allowed(best);
  for (int v = 1; v <= 9; v++) {
    if (!cand[v]) continue;
    State next = s;  // a full copy in this frame
    next.place(best, v);
    if (solve_copy(next, out)) return true;
  }
  return false;
}

static bool solve_undo(State &s, int from) {
  g_nodes++;
  int i = from;
  while (i < 81 && s.cell[i]) i++;
  if (i == 81) return true;
  for (int v = 1; v <= 9; v++) {
    if (!s.place(i, v)) continue;
    if (solve_undo(s, i + 1)) return true;
    s.undo(i);
  }
  return false;
}

static bool load(State &s, const char *p) {
  std::memset(&s, 0, sizeof s);
  for (int i = 0; i < 81; i++)
    if (p[i] != '.' && !s.place(i, p[i] - '0')) return false;
  return true;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  static const char *puzzles[] = {
      "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
      "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
      "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
  };
  long digits = 0;
  for (int r = 0; r < n; r++) {
    for (const char *p : puzzles) {
      State s, out;
      if (!load(s, p)) continue;
      if (r % 2 ? solve_copy(s, out) : (out = s, solve_undo(out, 0)))
        for (int i = 0; i < 81; i += 10) digits += out.cell[i];
    }
  }
  std::printf("%ld %s\n", digits, g_nodes > 0 ? "ok" : "none");
  return 0;
}
