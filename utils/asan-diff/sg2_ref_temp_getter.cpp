// EXPECT: stack-use-after-scope
// A const std::string& bound to the result of a getter called on a
// temporary: the temporary (its short string in place) dies at the end of
// the full expression.
#include <cstdio>
#include <string>
struct Person {
  std::string name;
  int age;
  const std::string &get_name() const { return name; }
};
__attribute__((noinline)) Person make(const char *s, int a) { return Person{std::string(s, 6), a}; }
int main(int argc, char **argv) {
  const std::string &n = make(argv[2], argc).get_name();
  std::printf("%c\n", n[1]); // BUG
  return 0;
}
