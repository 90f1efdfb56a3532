// EXPECT: bad-free
// a UI widget registers itself with the layout manager by wrapping `this` in a new shared_ptr instead of shared_from_this; the widget lives inside a make_shared block, so the second control block deletes an address inside that block
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <vector>

struct Rect {
  int x, y, w, h;
};

class Widget;

class Layout {
 public:
  void add(std::shared_ptr<Widget> w) { children_.push_back(std::move(w)); }
  void arrange(int width);
  void clear() { children_.clear(); } // BUG
  size_t count() const { return children_.size(); }

 private:
  std::vector<std::shared_ptr<Widget>> children_;
};

class Widget : public std::enable_shared_from_this<Widget> {
 public:
  Widget(int id, int min_w, int min_h) : id_(id), min_w_(min_w), min_h_(min_h) {}
  void attach(Layout &l) { l.add(std::shared_ptr<Widget>(this)); }
  int id() const { return id_; }
  int min_w() const { return min_w_; }
  int min_h() const { return min_h_; }
  void place(Rect r) {
    frame_ = r;
    placed_++;
  }
  Rect frame() const { return frame_; }
  int placed() const { return placed_; }

 private:
  int id_, min_w_, min_h_;
  Rect frame_{0, 0, 0, 0};
  int placed_ = 0;
};

void Layout::arrange(int width) {
  int x = 0, y = 0, row_h = 0;
  for (auto &c : children_) {
    if (x + c->min_w() > width && x > 0) {
      x = 0;
      y += row_h;
      row_h = 0;
    }
    c->place(Rect{x, y, c->min_w(), c->min_h()});
    x += c->min_w();
    if (c->min_h() > row_h) row_h = c->min_h();
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  std::vector<std::shared_ptr<Widget>> owned;
  for (int i = 0; i < n; i++)
    owned.push_back(std::make_shared<Widget>(i, 20 + (alpha[i % 8] - 'A') * 7, 10 + i % 3 * 5));
  Layout toolbar;
  for (int i = 0; i < n; i += 2) owned[(size_t)i]->attach(toolbar);
  toolbar.arrange(120);
  int max_bottom = 0;
  for (auto &w : owned) {
    Rect r = w->frame();
    if (w->placed() && r.y + r.h > max_bottom) max_bottom = r.y + r.h;
  }
  std::printf("%zu in toolbar, bottom at %d\n", toolbar.count(), max_bottom);
  toolbar.clear();
  std::printf("toolbar cleared\n");
  return 0;
}
