// EXPECT: alloc-dealloc-mismatch
// Image allocates its pixels with new[] but the move-assignment releases the old ones with plain delete
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

struct Pixel {
  uint8_t r, g, b, a;
};

class Image {
public:
  Image() = default;
  Image(int w, int h) : w_(w), h_(h), px_(new Pixel[static_cast<size_t>(w) * h]) {}
  Image(const Image &) = delete;
  Image(Image &&o) noexcept : w_(o.w_), h_(o.h_), px_(o.px_) { o.px_ = nullptr; }
  Image &operator=(Image &&o) noexcept {
    if (this != &o) {
      delete px_; // BUG
      w_ = o.w_;
      h_ = o.h_;
      px_ = o.px_;
      o.px_ = nullptr;
    }
    return *this;
  }
  ~Image() { delete[] px_; }

  int width() const { return w_; }
  int height() const { return h_; }
  Pixel &at(int x, int y) { return px_[static_cast<size_t>(y) * w_ + x]; }
  const Pixel &at(int x, int y) const { return px_[static_cast<size_t>(y) * w_ + x]; }

private:
  int w_ = 0, h_ = 0;
  Pixel *px_ = nullptr;
};

static Image checker(int w, int h, const char *pal) {
  Image img(w, h);
  size_t pl = std::strlen(pal);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      uint8_t c = static_cast<uint8_t>(pal[static_cast<size_t>(x / 2 + y) % pl]);
      img.at(x, y) = {c, static_cast<uint8_t>(c * 3), static_cast<uint8_t>(x ^ y), 255};
    }
  return img;
}

static Image downscale(const Image &src) {
  Image out(src.width() / 2, src.height() / 2);
  for (int y = 0; y < out.height(); y++)
    for (int x = 0; x < out.width(); x++) {
      int r = 0, g = 0, b = 0;
      for (int dy = 0; dy < 2; dy++)
        for (int dx = 0; dx < 2; dx++) {
          const Pixel &p = src.at(2 * x + dx, 2 * y + dy);
          r += p.r;
          g += p.g;
          b += p.b;
        }
      out.at(x, y) = {static_cast<uint8_t>(r / 4), static_cast<uint8_t>(g / 4), static_cast<uint8_t>(b / 4), 255};
    }
  return out;
}

static uint32_t digest(const Image &img) {
  uint32_t h = 2166136261u;
  for (int y = 0; y < img.height(); y++)
    for (int x = 0; x < img.width(); x++) {
      const Pixel &p = img.at(x, y);
      h = (h ^ p.r) * 16777619u;
      h = (h ^ p.g) * 16777619u;
      h = (h ^ p.b) * 16777619u;
    }
  return h;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *pal = argc > 2 ? argv[2] : "ABCD";
  Image img = checker(n * 4, n * 3, pal);
  std::vector<uint32_t> levels;
  levels.push_back(digest(img));
  while (img.width() >= 4 && img.height() >= 4) {
    img = downscale(img);   // move-assign: frees the previous level
    levels.push_back(digest(img));
  }
  std::printf("levels=%zu final=%dx%d", levels.size(), img.width(), img.height());
  for (uint32_t d : levels) std::printf(" %08x", d);
  std::printf("\n");
  return 0;
}
