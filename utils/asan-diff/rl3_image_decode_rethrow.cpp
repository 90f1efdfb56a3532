// EXPECT: double-free
// an image loader frees its pixel buffer in a catch block before rethrowing, but the Image's destructor, run during unwinding, frees it again
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct DecodeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Image {
public:
  Image() = default;
  Image(const Image &) = delete;
  Image &operator=(const Image &) = delete;
  ~Image() { delete[] pixels_; } // BUG

  void load(const std::string &src, int width) {
    if (width <= 0) throw DecodeError("bad width");
    size_t rows = (src.size() + (size_t)width - 1) / (size_t)width;
    w_ = width;
    h_ = (int)rows;
    pixels_ = new uint8_t[(size_t)w_ * (size_t)h_];
    try {
      for (int y = 0; y < h_; y++) decode_row(src, y);
    } catch (const DecodeError &) {
      delete[] pixels_;
      throw;
    }
  }

  long sum() const {
    long s = 0;
    for (int i = 0; i < w_ * h_; i++) s += pixels_[i];
    return s;
  }
  int width() const { return w_; }
  int height() const { return h_; }

private:
  void decode_row(const std::string &src, int y) {
    for (int x = 0; x < w_; x++) {
      size_t i = (size_t)y * (size_t)w_ + (size_t)x;
      if (i >= src.size()) {
        pixels_[i] = 0;
        continue;
      }
      char c = src[i];
      if (c == '#') throw DecodeError("reserved byte at row " + std::to_string(y));
      pixels_[i] = (uint8_t)((c - ' ') * 3);
    }
  }
  uint8_t *pixels_ = nullptr;
  int w_ = 0, h_ = 0;
};

static long try_load(const std::string &src, int width) {
  Image img;
  img.load(src, width);
  std::printf("loaded %dx%d\n", img.width(), img.height());
  return img.sum();
}

int main(int argc, char **argv) {
  int width = argc > 1 ? std::atoi(argv[1]) : 8;
  std::string data = argc > 2 ? argv[2] : "ABCDEFGH";
  long total = 0;
  int failures = 0;
  const std::string inputs[] = {data, data + data, data.substr(0, (size_t)width) + "#" + data};
  for (const std::string &in : inputs) {
    try {
      total += try_load(in, width);
    } catch (const DecodeError &e) {
      failures++;
      std::printf("decode failed: %s\n", e.what());
    }
  }
  std::printf("total %ld, %d failures\n", total, failures);
  return 0;
}
