// EXPECT: none
// Temporaries bound to const references (lifetime-extended), lambdas
// capturing locals by reference used while they live, string_views of
// living strings, loop-scoped buffers used only inside their iteration.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>
struct Person { std::string name; int age; };
__attribute__((noinline)) static Person make(const char *s, int a) { return Person{std::string(s, 5), a}; }
int main(int argc, char **argv) {
  const Person &p = make(argv[2], argc);
  const std::string &n = make(argv[2] + 1, 2).name;
  const int &t = std::atoi(argv[1]) + 1;
  long total = p.age + (long)n.size() + t;
  std::string keep = "s" + std::to_string(t);
  std::string_view sv = keep;
  total += sv[1];
  for (int i = 0; i < 4; i++) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d", i * t);
    std::function<int()> f = [&buf] { return buf[0]; };
    total += f();
  }
  int x = argc;
  auto inc = [&x](int d) { x += d; return x; };
  total += inc(3) + inc(4);
  std::vector<int> v{1, 2, 3};
  for (const int &e : std::vector<int>(v)) total += e;
  std::printf("%ld %s %c\n", total, p.name.c_str(), n[0]);
  return 0;
}
