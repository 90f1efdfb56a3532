// EXPECT: alloc-dealloc-mismatch
// A C++ reader seeds getline with a buffer from new[]; when the first line
// is longer than that buffer, glibc grows it with realloc, which must not
// be given memory from operator new[].
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv) {
  std::FILE *f = std::fopen("long.txt", "r");
  if (!f)
    return 1;
  size_t cap = static_cast<size_t>(std::atoi(argv[1])) * 2; // 20
  char *line = new char[cap];
  ssize_t n = getline(&line, &cap, f); // BUG
  std::printf("%zd\n", n);
  std::free(line);
  std::fclose(f);
  return 0;
}
