// EXPECT: none
// A CSV report: rows are parsed with std::istringstream and std::getline
// into local fixed-size records, numbers through operator>>, then a table
// is formatted with std::ostringstream and <iomanip> (setw, setfill,
// fixed, setprecision) and its lines copied into a local char matrix with
// exact widths. The streams are locals of frames that are re-entered many
// times.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <sstream>
#include <string>

struct Row {
  char name[12];
  int qty;
  double price;
};

__attribute__((noinline)) static int parse_csv(const std::string &text, Row *rows, int cap) {
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (n < cap && std::getline(in, line)) {
    std::istringstream fields(line);
    std::string name, qty, price;
    if (!std::getline(fields, name, ',') || !std::getline(fields, qty, ',') ||
        !std::getline(fields, price))
      continue;
    size_t len = name.size() < sizeof rows[n].name - 1 ? name.size() : sizeof rows[n].name - 1;
    std::memcpy(rows[n].name, name.data(), len);
    rows[n].name[len] = '\0';
    std::istringstream(qty) >> rows[n].qty;
    std::istringstream(price) >> rows[n].price;
    n++;
  }
  return n;
}

enum { W = 40 };

__attribute__((noinline)) static int render(const Row *rows, int n, char (*out)[W + 1], int cap) {
  int lines = 0;
  for (int i = 0; i < n && lines < cap; i++) {
    std::ostringstream os;
    os << std::left << std::setw(12) << rows[i].name << std::right << std::setw(6)
       << rows[i].qty << std::setw(12) << std::fixed << std::setprecision(2)
       << rows[i].qty * rows[i].price << std::setfill('.') << std::setw(10) << '|';
    std::string s = os.str();
    size_t len = s.size() < W ? s.size() : W;
    std::memcpy(out[lines], s.data(), len);
    std::memset(out[lines] + len, ' ', W - len);
    out[lines][W] = '\0';
    lines++;
  }
  return lines;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::ostringstream src;
  for (int i = 0; i < n * 3; i++)
    src << "item" << i << (i % 4 == 0 ? "-with-a-long-suffix" : "") << ',' << i * 3 + 1
        << ',' << 0.75 * i + 0.1 << '\n';
  src << "broken line without commas\n";
  long check = 0;
  for (int round = 0; round < 20; round++) {
    Row rows[32];
    char table[32][W + 1];
    int r = parse_csv(src.str(), rows, 32);
    int l = render(rows, r, table, 32);
    for (int i = 0; i < l; i++) check += table[i][W - 1] + table[i][0];
    if (round == 0) std::printf("%s\n%s\n", table[0], table[l - 1]);
  }
  std::printf("%ld\n", check);
  return 0;
}
