// EXPECT: none
// C++ streams synchronised with stdio (the default): std::cout interleaved
// with printf and puts (libstdc++ writes through stdout's FILE), stdout
// given a program buffer first, std::fstream written, seeked and read,
// std::ifstream over long.txt with std::getline, std::stringstream parsing,
// std::cerr; the buffer is a static array that outlives every use.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

static char outbuf[2048];

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "xyz";
  std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  unsigned long sum = 0;
  for (int i = 0; i < n * 5; ++i) {
    std::cout << "cout " << i << ' ' << alpha.substr(i % 26, 3) << '\n';
    std::printf("printf %d\n", i * i);
    if (i % 7 == 0) {
      std::puts("puts");
      std::cout.flush();
    }
  }
  {
    std::fstream fs("cpp.txt", std::ios::in | std::ios::out | std::ios::trunc);
    for (int i = 0; i < n * 20; ++i)
      fs << i << ' ' << alpha[i % 26] << ' ' << i * 0.5 << '\n';
    fs.seekg(0);
    int a;
    char c;
    double d;
    while (fs >> a >> c >> d)
      sum += (unsigned long)a * (unsigned char)c + (unsigned long)(d * 2);
    fs.clear();
    fs.seekp(0, std::ios::end);
    sum += (unsigned long)fs.tellp();
  }
  std::ifstream in("long.txt");
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line))
    lines.push_back(line);
  for (auto &l : lines)
    sum = sum * 31 + l.size();
  std::stringstream ss;
  for (int i = 0; i < n * 10; ++i)
    ss << i << ',';
  std::string tok;
  while (std::getline(ss, tok, ','))
    sum += std::stoul(tok);
  std::cerr << "cerr line\n";
  std::cout << "lines " << lines.size() << " sum " << sum << std::endl;
  std::fflush(stdout);
  return 0;
}
