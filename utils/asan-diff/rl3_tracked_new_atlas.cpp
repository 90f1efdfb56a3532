// EXPECT: heap-buffer-overflow
// a sprite packer replaces the global operator new/delete to account its memory per frame (a common engine pattern); the atlas row buffer is sized for the widest sprite but a row packs sprites side by side
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

// --- memory accounting: every C++ allocation goes through here ---------------
static size_t g_live_bytes, g_peak_bytes, g_allocs, g_frees;

void *operator new(std::size_t n) {
  void *p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  g_live_bytes += n;
  g_allocs++;
  g_peak_bytes = std::max(g_peak_bytes, g_live_bytes);
  return p;
}
void *operator new[](std::size_t n) { return operator new(n); }
void operator delete(void *p) noexcept {
  if (p) g_frees++;
  std::free(p);
}
void operator delete[](void *p) noexcept { operator delete(p); }
void operator delete(void *p, std::size_t n) noexcept {
  if (p) g_live_bytes -= n;
  operator delete(p);
}
void operator delete[](void *p, std::size_t) noexcept { operator delete(p); }

// --- the packer ----------------------------------------------------------------
struct Sprite {
  std::string name;
  int w, h;
  int x = -1, y = -1;
};

class AtlasRow {
public:
  AtlasRow(int height, int max_sprite_w) : height_(height), cap_(max_sprite_w) {
    pixels_ = new unsigned char[(size_t)cap_ * (size_t)height_];
  }
  ~AtlasRow() { delete[] pixels_; }
  AtlasRow(const AtlasRow &) = delete;
  AtlasRow &operator=(const AtlasRow &) = delete;

  bool fits(const Sprite &s, int atlas_w) const { return s.h <= height_ && used_ + s.w <= atlas_w; }

  void place(Sprite &s, int row_y, unsigned char fill) {
    s.x = used_;
    s.y = row_y;
    for (int r = 0; r < s.h; r++)
      std::memset(pixels_ + (size_t)r * (size_t)cap_ + (size_t)used_, fill, (size_t)s.w); // BUG
    used_ += s.w;
  }
  int used() const { return used_; }
  int height() const { return height_; }

private:
  int height_, cap_, used_ = 0;
  unsigned char *pixels_;
};

int main(int argc, char **argv) {
  int scale = argc > 1 ? std::atoi(argv[1]) : 4;
  std::string names = argc > 2 ? argv[2] : "ABCDEFGH";
  const int atlas_w = 64 * scale;
  std::vector<Sprite> sprites;
  for (size_t i = 0; i < names.size(); i++)
    sprites.push_back(Sprite{std::string("spr_") + names[i], 4 + (int)(i * 7 % 13) * scale / 4,
                             8 + (int)(i % 3) * 4});
  std::sort(sprites.begin(), sprites.end(), [](const Sprite &a, const Sprite &b) {
    return a.h != b.h ? a.h > b.h : a.name < b.name;
  });
  int widest = 0;
  for (const Sprite &s : sprites) widest = std::max(widest, s.w);
  std::vector<AtlasRow *> rows;
  int y = 0;
  for (Sprite &s : sprites) {
    if (rows.empty() || !rows.back()->fits(s, atlas_w)) {
      if (!rows.empty()) y += rows.back()->height();
      rows.push_back(new AtlasRow(s.h, widest));
    }
    rows.back()->place(s, y, (unsigned char)s.name.back());
  }
  std::printf("%zu sprites in %zu rows, atlas %dx%d\n", sprites.size(), rows.size(), atlas_w,
              y + (rows.empty() ? 0 : rows.back()->height()));
  for (AtlasRow *r : rows) delete r;
  std::printf("allocs %zu frees %zu peak %zu bytes\n", g_allocs, g_frees, g_peak_bytes);
  return 0;
}
