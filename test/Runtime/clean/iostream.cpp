// ===- test/Runtime/clean/iostream.cpp - streams and their buffers --------===
//
// std::cout, std::cerr, string streams, a file stream written and read back
// and getline into growing strings: libstdc++'s own allocations and its
// memcpy/strlen calls through memscope's interceptors. Exit 0, no report.
//
// See also: clean/stl-containers.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t %t.txt 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clangxx_memscope -O2 %s -o %t && %t %t.txt 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char **argv) {
  std::ostringstream Out;
  for (int I = 0; I < 500; ++I)
    Out << std::setw(6) << I << (I % 10 == 9 ? '\n' : ' ');
  std::string Text = Out.str();

  {
    std::ofstream File(argv[1]);
    File << Text << std::string(3000, 'x') << '\n';
  }
  std::ifstream In(argv[1]);
  std::string Line, Longest;
  int Lines = 0;
  while (std::getline(In, Line)) {
    ++Lines;
    if (Line.size() > Longest.size())
      Longest = Line;
  }

  std::istringstream Numbers("3 1 4 1 5 9 2 6");
  int Value, Sum = 0;
  while (Numbers >> Value)
    Sum += Value;

  std::cerr << "cerr works" << std::endl;
  std::cout << Lines << " lines, longest " << Longest.size() << ", sum " << Sum
            << ", text " << Text.size() << std::endl;
  return 0;
}

// CHECK-DAG: cerr works
// CHECK-DAG: 51 lines, longest 3000, sum 31, text 3500
