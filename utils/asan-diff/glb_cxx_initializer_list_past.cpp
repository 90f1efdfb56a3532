// EXPECT: global-buffer-overflow
// A namespace-scope std::initializer_list of default ports: its backing
// array is a global temporary of 3 ints; the loop runs to `<=` the count
// and reads one int past it.
#include <cstdio>
#include <cstdlib>
#include <initializer_list>

std::initializer_list<int> g_ports = {80, 443, 8080};
int g_tried;

static long try_ports(int count) {
  const int *p = g_ports.begin();
  long s = 0;
  for (int i = 0; i <= count; i++) { /* `<=`: one too many */
    s += p[i]; // BUG
    g_tried++;
  }
  return s;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) - 7 + (argc - 3); /* 3 == g_ports.size() */
  std::printf("%ld %d\n", try_ports(n), g_tried);
  return 0;
}
