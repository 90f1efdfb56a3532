// EXPECT: leak
// A global std::map<int, char*> holds raw strings; its destructor runs at exit before the leak check and frees only the nodes.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
std::map<int, char *> g_names;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) {
    char *s = (char *)std::malloc(24 + i); // BUG
    std::snprintf(s, 24 + i, "name-%d", i);
    g_names[i] = s;
  }
  std::printf("%s\n", g_names[n - 1]);
  return 0;
}
