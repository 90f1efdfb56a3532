// EXPECT: heap-use-after-free
// A c_str() pointer from the first getline() line is used after the next, longer line.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string text = std::string("header-") + argv[2] + "\n";
  for (int i = 0; i < n; i++) text += std::string(argv[2]) + argv[2] + "\n";
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);
  const char *header = line.c_str();
  int rows = 0;
  while (std::getline(in, line)) rows++;
  std::printf("%d rows under %zu\n", rows, std::strlen(header)); // BUG
  return 0;
}
