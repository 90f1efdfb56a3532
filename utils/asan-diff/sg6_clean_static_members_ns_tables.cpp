// EXPECT: none
// Globals in nested namespaces, class static and inline static members,
// template static members and static locals in lambdas and templates,
// each read and written exactly up to its last element.
#include <cstdio>
#include <cstdlib>
namespace app::tables {
const struct Ent { const char *name; short v; } ents[] = {{"a", 1}, {"bb", 2}, {"ccc", 3}};
int counts[7];
} // namespace app::tables
struct Reg { static int slots[5]; static inline char name[9] = "register"; static constexpr double w[3] = {0.5, 1.5, 2.5}; };
int Reg::slots[5];
template <int N> struct Ring { static int data[N]; };
template <int N> int Ring<N>::data[N];
template <int N> __attribute__((noinline)) int &cell(int i) { static int c[N]; return c[i]; }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long s = 0;
  for (const auto &e : app::tables::ents) s += e.v + e.name[0];
  for (int i = 0; i < 7; i++) app::tables::counts[i] = i * n;
  s += app::tables::counts[6];
  for (int i = 0; i < 5; i++) Reg::slots[i] = i;
  s += Reg::slots[4] + Reg::name[7] + Reg::name[8] + (long)Reg::w[2];
  for (int i = 0; i < 4; i++) Ring<4>::data[i] = i + n;
  for (int i = 0; i < 9; i++) Ring<9>::data[i] = i;
  s += Ring<4>::data[3] + Ring<9>::data[8];
  auto st = [](int i) -> int & { static int z[3]; return z[i]; };
  for (int i = 0; i < 3; i++) st(i) = i * 2;
  for (int i = 0; i < 6; i++) cell<6>(i) = i;
  s += st(2) + cell<6>(5);
  std::printf("%ld %d\n", s, argc);
  return 0;
}
