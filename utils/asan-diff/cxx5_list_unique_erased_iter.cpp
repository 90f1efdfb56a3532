// EXPECT: heap-use-after-free
// An iterator to a duplicate std::list entry is kept across list::unique().
#include <cstdio>
#include <cstdlib>
#include <list>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::list<int> ids;
  for (int i = 0; i < n; i++) {
    ids.push_back(argv[2][i / 2]);
  }
  auto dup = ids.begin();
  ++dup;
  ids.unique();
  int count = 0;
  for (int id : ids) count += id > 0;
  std::printf("%d unique, dup was %d\n", count, *dup); // BUG
  return 0;
}
