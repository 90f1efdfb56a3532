// EXPECT: none
// A vector of records whose copy constructor throws (and whose move is not
// noexcept, so reallocation copies): a push_back that must reallocate
// fails part-way; the vector keeps its old storage and contents, and the
// iterators and references taken before the failed push_back stay valid.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

static int g_copies_left;

struct Record {
  int id;
  char name[20];
  Record(int i, const char *n) : id(i) { std::snprintf(name, sizeof name, "%s", n); }
  Record(const Record &o) : id(o.id) {
    if (--g_copies_left < 0) throw std::bad_alloc();
    std::memcpy(name, o.name, sizeof name);
  }
  Record &operator=(const Record &) = default;
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Record> v;
  v.reserve(n);
  g_copies_left = 1000;
  for (int i = 0; i < n; i++) v.push_back(Record(i, argv[2] + i));
  auto first = v.begin();
  Record &last = v.back();
  const Record *data = v.data();
  g_copies_left = n / 2;
  int failures = 0;
  try {
    v.push_back(Record(n, "overflow"));
  } catch (const std::bad_alloc &) {
    failures++;
  }
  long sum = first->id + last.id + data[n - 1].name[0] + (long)v.size();
  for (auto it = first; it != v.end(); ++it) sum += it->name[0];
  std::printf("%d %ld %zu\n", failures, sum, v.capacity());
  return 0;
}
