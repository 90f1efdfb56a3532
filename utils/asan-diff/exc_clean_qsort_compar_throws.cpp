// EXPECT: none
// A qsort comparator (and a bsearch one) throws when it meets an invalid
// record; the exception propagates out of the C library call (which C++
// allows) and is caught. The array and the comparator's frames' memory
// are then sorted and searched again with valid data.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct Row { int key; char name[12]; };

static int g_compares;

static int by_key(const void *a, const void *b) {
  const Row *x = static_cast<const Row *>(a), *y = static_cast<const Row *>(b);
  char check[16];
  std::snprintf(check, sizeof check, "%d", x->key);
  if (x->key < 0 || y->key < 0) throw std::invalid_argument("negative key");
  ++g_compares;
  return (x->key > y->key) - (x->key < y->key);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 10;
  Row *rows = new Row[n];
  long total = 0;
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < n; i++) {
      rows[i].key = (i * 37 + round) % n;
      std::snprintf(rows[i].name, sizeof rows[i].name, "%.8s", argv[2] + (i % 18));
    }
    if (round % 2 == 0) rows[n / 2].key = -1;
    try {
      std::qsort(rows, n, sizeof(Row), by_key);
      Row probe{n / 3, ""};
      const Row *hit = static_cast<const Row *>(std::bsearch(&probe, rows, n, sizeof(Row), by_key));
      total += hit ? hit->name[0] : 0;
    } catch (const std::invalid_argument &e) {
      total += (long)std::strlen(e.what());
    }
  }
  std::printf("%ld %d %c\n", total, g_compares, rows[0].name[0]);
  delete[] rows;
  return 0;
}
