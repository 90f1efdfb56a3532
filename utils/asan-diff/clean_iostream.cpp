// EXPECT: none
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
int main(int argc, char **argv) {
  std::ifstream in("long.txt");
  std::string line, all;
  while (std::getline(in, line)) all += line + "|";
  std::ostringstream os;
  os << std::setw(8) << std::setfill('0') << argc << " " << std::hex << 255 << " " << std::fixed << std::setprecision(3) << 3.14159;
  std::istringstream is("12 34.5 word");
  int a; double b; std::string c;
  is >> a >> b >> c;
  std::cout << all.size() << " " << os.str() << " " << a << " " << b << " " << c << std::endl;
  std::cerr << "cerr " << argv[2] << "\n";
  return 0;
}
