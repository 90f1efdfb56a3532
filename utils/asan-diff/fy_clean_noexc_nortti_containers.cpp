// EXPECT: none
// FLAGS: -fno-exceptions -fno-rtti -std=c++17
// A C++ codebase built without exceptions and RTTI: std::vector,
// std::string, std::unordered_map, std::unique_ptr with virtual dispatch
// (vtables without type info), std::function and sorting; all in bounds.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
};
struct Rect : Shape {
  double w, h;
  Rect(double a, double b) : w(a), h(b) {}
  double area() const override { return w * h; }
};
struct Tri : Shape {
  double b, h;
  Tri(double x, double y) : b(x), h(y) {}
  double area() const override { return b * h / 2; }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::unique_ptr<Shape>> shapes;
  for (int i = 0; i < n; i++) {
    if (i % 2) shapes.push_back(std::make_unique<Rect>(i, i + 1));
    else shapes.push_back(std::make_unique<Tri>(i, 2 * i));
  }
  std::sort(shapes.begin(), shapes.end(),
            [](const std::unique_ptr<Shape> &a, const std::unique_ptr<Shape> &b) {
              return a->area() < b->area();
            });
  std::unordered_map<std::string, int> freq;
  std::string word(argv[2]);
  for (size_t i = 0; i + 3 <= word.size(); i++) freq[word.substr(i, 3)]++;
  std::function<double(int)> at = [&](int i) { return shapes[i]->area(); };
  std::printf("%.1f %.1f %zu\n", at(0), at(n - 1), freq.size());
  return 0;
}
