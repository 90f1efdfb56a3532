// EXPECT: none
// iostream formatting through libstdc++'s num_put/num_get (floats, hex, setprecision, setfill), getline over an ifstream, quoted strings, wide streams, and cout with sync_with_stdio(false).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::ostringstream os;
  os << std::setprecision(17) << 1.0 / 3 * n << ' ' << std::hex << std::showbase << 255 * n << ' ' << std::dec
     << std::setw(12) << std::setfill('*') << n << ' ' << std::scientific << 6.02e23 << ' ' << std::quoted(argv[2]);
  std::istringstream is("3.5 0x1f 42 hello \"quoted word\"");
  double d;
  int h, i;
  std::string w, q;
  is >> d >> std::hex >> h >> std::dec >> i >> w >> std::quoted(q);
  std::ifstream f("long.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(f, line);) lines.push_back(line);
  std::wostringstream wos;
  wos << L"wide " << n << L' ' << 2.5;
  std::wstring ws = wos.str();
  std::printf("%s|%g %d %d %s %s|%zu %zu %zu\n", os.str().c_str(), d, h, i, w.c_str(), q.c_str(), lines.size(),
              lines[0].size(), ws.size());
  std::ios::sync_with_stdio(false);
  for (int k = 0; k < 100 * n; k++) std::cout << argv[2][k % 26];
  std::cout << '\n' << std::fixed << std::setprecision(3) << 2.0 / 3 << std::endl;
  return 0;
}
