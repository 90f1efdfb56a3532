// EXPECT: alloc-dealloc-mismatch
// the widget registry frees every slot with delete[], but single widgets were created with plain new
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct Widget {   // trivially destructible: new[] stores no element count
  char label[24] = {};
  int x = 0, y = 0, w = 0, h = 0;
  Widget() = default;
  Widget(const std::string &l, int x_, int y_) : x(x_), y(y_), w(10), h(4) {
    std::snprintf(label, sizeof label, "%s", l.c_str());
  }
};

struct Slot {
  Widget *ptr;
  size_t count;   // 1 for a single widget, n for a row
};

class Registry {
public:
  ~Registry() {
    for (Slot &s : slots_) delete[] s.ptr; // BUG
  }
  Widget *add_single(const std::string &label, int x, int y) {
    Widget *w = new Widget(label, x, y);
    slots_.push_back({w, 1});
    return w;
  }
  Widget *add_row(size_t n, const std::string &prefix, int y) {
    Widget *row = new Widget[n];
    for (size_t i = 0; i < n; i++) row[i] = Widget(prefix + std::to_string(i), static_cast<int>(i) * 12, y);
    slots_.push_back({row, n});
    return row;
  }
  long area() const {
    long a = 0;
    for (const Slot &s : slots_)
      for (size_t i = 0; i < s.count; i++) a += static_cast<long>(s.ptr[i].w) * s.ptr[i].h;
    return a;
  }
  size_t widgets() const {
    size_t n = 0;
    for (const Slot &s : slots_) n += s.count;
    return n;
  }

private:
  std::vector<Slot> slots_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "btn";
  long area = 0;
  size_t count = 0;
  {
    Registry reg;
    reg.add_row(static_cast<size_t>(n), word.substr(0, 3), 0);
    Widget *title = reg.add_single("title: " + word, 0, 20);
    title->w = static_cast<int>(std::strlen(title->label));
    reg.add_row(static_cast<size_t>(n / 2), "tab", 30);
    area = reg.area();
    count = reg.widgets();
  }
  std::printf("widgets=%zu area=%ld\n", count, area);
  return 0;
}
