// EXPECT: global-buffer-overflow
// A global array of structs holding a std::string is indexed one past its
// end and the bogus element's int field is read.
#include <cstdio>
#include <cstdlib>
#include <string>
struct Person { std::string name; int age; };
Person people[3] = {{"alpha", 30}, {"beta", 41}, {"gamma", 52}};
__attribute__((noinline)) static int age_of(int i) { return people[i].age; } // BUG
int main(int argc, char **argv) {
  std::printf("%d %d\n", age_of(argc - 3), age_of(std::atoi(argv[1]) - 7));
  return 0;
}
