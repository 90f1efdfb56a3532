// EXPECT: global-buffer-overflow
// A global lookup object: a const member function indexes its array member
// with a run-time code equal to the array's length.
#include <cstdio>
#include <cstdlib>
class CodeTable {
public:
  CodeTable() { for (int i = 0; i < 12; i++) names_[i] = 'a' + i; }
  __attribute__((noinline)) char name(int code) const { return names_[code]; } // BUG
private:
  int version_ = 3;
  char names_[12];
};
CodeTable g_table;
int main(int argc, char **argv) {
  int code = std::atoi(argv[1]) + 2; // 12
  std::printf("%c %d\n", g_table.name(code), argc);
  return 0;
}
