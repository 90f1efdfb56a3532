// EXPECT: none
// A heap-allocated std::vector<char*> reached from a global pointer is never destroyed: it and its strings stay reachable at exit.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
std::vector<char *> *g_vec = new std::vector<char *>;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) g_vec->push_back(strdup(argv[2] + i));
  size_t t = 0;
  for (char *s : *g_vec) t += std::strlen(s);
  std::printf("%zu\n", t);
  return 0;
}
