// EXPECT: leak
// A thread_local std::vector<int*> of the main thread is destroyed at exit (its buffer freed) before the leak check; the ints it held are lost.
#include <cstdio>
#include <cstdlib>
#include <vector>
thread_local std::vector<int *> t_items;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) t_items.push_back(new int(i)); // BUG
  long s = 0;
  for (int *p : t_items) s += *p;
  std::printf("%ld\n", s);
  return 0;
}
