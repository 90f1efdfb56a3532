// EXPECT: none
// FLAGS: -std=c++17
// Structured bindings by reference to a local array, a local struct and a
// std::tuple of references, written through; bindings in range-for over a
// std::map; pointer arithmetic inside the bound array only.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <tuple>
struct Point3 {
  int x, y, z;
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int arr[3] = {n, n + 1, n + 2};
  auto &[a0, a1, a2] = arr;
  a2 += a0;
  int *p = &a0;
  long s = p[2] + *(&a2 - 2) + (&a2 - &a0);
  Point3 pt{n, argc, 7};
  auto &[x, y, z] = pt;
  z = x + y;
  s += pt.z;
  int u = 1, v = 2;
  auto [ru, rv] = std::tie(u, v);
  ru = n;
  rv = argc;
  s += u + v;
  std::map<int, Point3> m;
  for (int i = 0; i < n; i++) m[i] = Point3{i, i * 2, i * 3};
  for (auto &[k, val] : m) {
    val.z += k;
    s += val.z;
  }
  std::printf("%ld\n", s);
  return 0;
}
