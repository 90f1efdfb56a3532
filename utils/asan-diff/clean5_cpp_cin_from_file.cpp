// EXPECT: none
// std::cin over a file: stdin reopened (freopen) on a file the program
// wrote and given a static buffer, then read with operator>>, std::getline,
// cin.get, cin.peek, cin.unget, cin.ignore, cin.read (libstdc++ reads
// through stdin's FILE while synchronised); std::cout output mixed with
// printf; stdin reopened on long.txt and read with getline.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

static char inbuf[48];

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "xyz";
  std::FILE *w = std::fopen("cin.txt", "w");
  for (int i = 0; i < n * 6; ++i)
    std::fprintf(w, "%d %s %c\n", i * 3, alpha.substr(i % 26).c_str(), 'a' + i % 26);
  std::fclose(w);
  if (!std::freopen("cin.txt", "r", stdin))
    return 1;
  std::setvbuf(stdin, inbuf, _IOFBF, sizeof inbuf);
  unsigned long sum = 0;
  int v;
  std::string word;
  char c;
  for (int i = 0; i < n * 2 && (std::cin >> v >> word >> c); ++i)
    sum += (unsigned long)v + word.size() + (unsigned char)c;
  std::cin.ignore(1);
  int p = std::cin.peek();
  char g = (char)std::cin.get();
  std::cin.unget();
  sum += (unsigned)p + (unsigned char)g;
  std::string line;
  std::getline(std::cin, line);
  sum += line.size();
  std::vector<char> block(37);
  std::cin.read(block.data(), (std::streamsize)block.size());
  sum += (unsigned long)std::cin.gcount();
  while (std::getline(std::cin, line))
    sum = sum * 3 + line.size();
  std::cin.clear();
  if (!std::freopen("long.txt", "r", stdin))
    return 2;
  int lines = 0;
  while (std::getline(std::cin, line)) {
    ++lines;
    std::printf("len %zu\n", line.size());
  }
  std::cout << "lines " << lines << " sum " << sum << std::endl;
  return 0;
}
