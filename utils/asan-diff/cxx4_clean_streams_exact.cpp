// EXPECT: none
// istream::read / getline / readsome / >> setw into buffers of exactly the size given; ostream::write and filebuf direct read/writev paths on live buffers.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::istringstream in(argv[2]);
  char a[16];
  in.read(a, sizeof a);
  char *word = new char[8];
  in >> std::setw(8) >> word;
  std::istringstream lines(std::string(argv[2]) + "\nsecond\n");
  char *line = new char[3 * n];
  lines.getline(line, 3 * n);
  std::ifstream f("long.txt", std::ios::binary);
  char big[12000];
  f.read(big, sizeof big);
  std::streamsize got = f.gcount();
  size_t len = 400 * n;
  char *p = new char[len];
  std::memset(p, argv[2][1], len);
  std::ofstream out("out.bin", std::ios::binary);
  out.write(p, len);
  std::ostringstream os;
  os.write(argv[2], n);
  std::cout.write(argv[2], n) << '\n';
  std::printf("%.16s %s %s %zd %c %d %s\n", a, word, line, (ssize_t)got, big[0], out.good(), os.str().c_str());
  delete[] p;
  delete[] line;
  delete[] word;
  return 0;
}
