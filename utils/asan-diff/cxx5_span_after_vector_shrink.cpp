// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A std::span over a vector survives clear() and shrink_to_fit().
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>
struct Mesh {
  std::vector<float> verts;
  std::span<const float> view() const { return verts; }
  void unload() { verts.clear(); verts.shrink_to_fit(); }
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Mesh m;
  for (int i = 0; i < n * 3; i++) m.verts.push_back(argv[2][i % 26] * 0.1f);
  std::span<const float> s = m.view();
  m.unload();
  float sum = 0;
  for (float f : s) sum += f; // BUG
  std::printf("%f\n", sum);
  return 0;
}
