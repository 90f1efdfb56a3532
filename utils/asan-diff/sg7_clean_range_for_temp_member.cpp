// EXPECT: none
// FLAGS: -std=c++17
// Lifetime-extension cases that are correct: range-for over a member of a
// temporary (member access extends the whole temporary), a const
// reference bound directly to a returned struct, range-for over a braced
// initializer_list, and a structured binding to a returned temporary.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
struct Batch {
  int id;
  std::array<int, 8> items;
  std::string name;
};
__attribute__((noinline)) static Batch make(int n) {
  Batch b{n, {}, "b"};
  for (int i = 0; i < 8; i++) b.items[i] = n * i;
  return b;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long s = 0;
  for (int v : make(n).items) s += v;
  const Batch &ref = make(n + 1);
  for (int v : ref.items) s += v;
  const std::array<int, 8> &items = make(n + 2).items;
  s += items[7];
  for (int v : {n, argc, n * 2}) s += v;
  auto [id, arr, name] = make(n + 3);
  s += id + arr[7] + (long)name.size();
  std::printf("%ld\n", s);
  return 0;
}
