// EXPECT: leak
// An ASan-aware object pool poisons each released object. Its free list
// used to keep a 32-bit link in the object's first 4 bytes, so release()
// still leaves those 4 bytes unpoisoned, though the links now live in a side
// array. Callers must close() a Stream (freeing its buffer) before releasing
// it; two of them forget. The stale buffer pointer is the object's first 8
// bytes, now half poisoned: LSan takes no pointer from a word with a
// poisoned byte, so those two buffers are reported as leaked.
#include <sanitizer/asan_interface.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

struct Stream {
  char *buf;
  size_t len;
  int fd;
  int flags;
  void close() {
    delete[] buf;
    buf = nullptr;
  }
};

template <class T, int N>
class Pool {
  alignas(16) unsigned char storage_[N][sizeof(T)];
  int32_t next_[N];
  int32_t free_head_ = -1;
  int used_ = 0;

 public:
  T *acquire() {
    if (free_head_ >= 0) {
      int i = free_head_;
      ASAN_UNPOISON_MEMORY_REGION(storage_[i], sizeof(T));
      free_head_ = next_[i];
      return new (storage_[i]) T();
    }
    return used_ < N ? new (storage_[used_++]) T() : nullptr;
  }
  void release(T *p) {
    int i = static_cast<int>(reinterpret_cast<unsigned char(*)[sizeof(T)]>(p) - storage_);
    next_[i] = free_head_;
    free_head_ = i;
    // left over from the in-object link: the first 4 bytes stay unpoisoned
    ASAN_POISON_MEMORY_REGION(storage_[i] + sizeof(int32_t), sizeof(T) - sizeof(int32_t)); // BUG
  }
};

static Pool<Stream, 8> *g_pool;

__attribute__((noinline)) static size_t run(int n) {
  Stream *s[6];
  size_t total = 0;
  for (int i = 0; i < 6; i++) {
    s[i] = g_pool->acquire();
    s[i]->len = static_cast<size_t>(n) * 4 + static_cast<size_t>(i);
    s[i]->buf = new char[s[i]->len];
    std::memset(s[i]->buf, 'a' + i, s[i]->len);
    s[i]->fd = 3 + i;
    total += s[i]->len;
  }
  for (int i = 0; i < 6; i++) {
    if (i != 2 && i != 5) s[i]->close(); // BUG: streams 2 and 5 are not closed
    g_pool->release(s[i]);
  }
  return total;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  g_pool = new Pool<Stream, 8>;
  size_t total = run(n);
  scrub();
  std::printf("streamed %zu bytes\n", total);
  return 0;
}
