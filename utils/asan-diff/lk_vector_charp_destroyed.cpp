// EXPECT: leak
#include <cstdio>
#include <cstring>
#include <vector>
__attribute__((noinline)) static size_t collect(int n) {
  std::vector<char *> names;
  for (int i = 0; i < n; i++) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "name-%d", i * 1000);
    names.push_back(strdup(buf));
  }
  size_t total = 0;
  for (char *s : names) total += std::strlen(s);
  return total;
}
int main() {
  std::printf("%zu\n", collect(5));
  return 0;
}
