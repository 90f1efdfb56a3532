// EXPECT: none
// A global std::vector<char*> is clear()ed without freeing its elements (a logical leak), but clear() leaves the pointers in the buffer's spare capacity, which the conservative scan still reads: reachable for LSan.
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
  g_vec->clear();
  std::printf("%zu %zu\n", t, g_vec->capacity());
  return 0;
}
