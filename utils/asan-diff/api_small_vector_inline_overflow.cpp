// EXPECT: container-overflow
// A SmallVector<T, N> (LLVM-style: N elements stored inline in the object,
// spilling to the heap when full) annotates its unused capacity, inline or
// heap, with __sanitizer_annotate_contiguous_container. A path-splitting
// function keeps up to 8 components inline; the code that joins the last two
// components reads parts[size()] instead of parts[size()-2] -- within the
// inline capacity, past the size: a container-overflow on the stack object.
#include <sanitizer/common_interface_defs.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

template <class T, unsigned N> class SmallVector {
  alignas(T) unsigned char inline_[N * sizeof(T)];
  T *beg_;
  unsigned size_ = 0, cap_ = N;

  void annotate(unsigned old_size, unsigned new_size) {
    __sanitizer_annotate_contiguous_container(beg_, beg_ + cap_, beg_ + old_size,
                                              beg_ + new_size);
  }

public:
  SmallVector() : beg_(reinterpret_cast<T *>(inline_)) { annotate(cap_, 0); }
  ~SmallVector() {
    annotate(size_, cap_);
    if (beg_ != reinterpret_cast<T *>(inline_)) std::free(beg_);
  }
  void push_back(const T &v) {
    if (size_ == cap_) {
      T *nb = static_cast<T *>(std::malloc(sizeof(T) * cap_ * 2));
      std::memcpy(nb, beg_, sizeof(T) * size_);
      annotate(size_, cap_);
      if (beg_ != reinterpret_cast<T *>(inline_)) std::free(beg_);
      beg_ = nb;
      cap_ *= 2;
      __sanitizer_annotate_contiguous_container(beg_, beg_ + cap_, beg_ + cap_, beg_ + size_);
    }
    annotate(size_, size_ + 1);
    new (beg_ + size_++) T(v);
  }
  T &operator[](unsigned i) { return beg_[i]; }
  unsigned size() const { return size_; }
};

struct Piece {
  const char *p;
  int len;
};

__attribute__((noinline)) static int split_and_join(const char *path, char *out) {
  SmallVector<Piece, 8> parts;
  const char *s = path;
  while (*s) {
    const char *e = std::strchr(s, '/');
    int len = e ? int(e - s) : int(std::strlen(s));
    if (len) parts.push_back({s, len});
    s += len + (e != nullptr);
  }
  Piece &dir = parts[parts.size()]; // BUG
  Piece &file = parts[parts.size() - 1];
  return std::sprintf(out, "%.*s/%.*s", dir.len, dir.p, file.len, file.p);
}

int main(int argc, char **argv) {
  char path[64], out[64];
  std::snprintf(path, sizeof path, "/usr/%.*s/lib/x/%s", std::atoi(argv[1]) / 2, argv[2], "a.so");
  int n = split_and_join(path, out);
  std::printf("%d %s\n", n, out);
  return 0;
}
