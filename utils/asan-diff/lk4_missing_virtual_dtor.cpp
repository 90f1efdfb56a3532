// EXPECT: leak
// A codec interface has no virtual destructor. Concrete codecs allocate a
// work table in their constructor and free it in their own destructor; the
// registry deletes them through the base pointer, so only the base part is
// destroyed and every work table leaks. (The derived classes add no data
// members, so the sized delete matches and nothing else goes wrong.)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

struct Codec {
  void *work = nullptr;
  size_t work_size = 0;
  int id = 0;
  ~Codec() {} // BUG: not virtual
  virtual int encode(const char *in) const { return static_cast<int>(std::strlen(in)); }
};

struct Deflate : Codec {
  explicit Deflate(int n) {
    work_size = static_cast<size_t>(n) * 32;
    work = std::malloc(work_size);
    std::memset(work, 0, work_size);
    id = 1;
  }
  ~Deflate() { std::free(work); }
  int encode(const char *in) const override { return static_cast<int>(std::strlen(in)) / 2; }
};

struct Lz4 : Codec {
  explicit Lz4(int n) {
    work_size = static_cast<size_t>(n) * 48 + 16;
    work = new char[work_size]();
    id = 2;
  }
  ~Lz4() { delete[] static_cast<char *>(work); }
  int encode(const char *in) const override { return static_cast<int>(std::strlen(in)) / 3; }
};

__attribute__((noinline)) static int run(int n, const char *text) {
  std::vector<Codec *> registry;
  for (int i = 0; i < 3; i++) {
    registry.push_back(new Deflate(n + i));
    registry.push_back(new Lz4(n + i));
  }
  int total = 0;
  for (Codec *c : registry) total += c->encode(text) + c->id;
  for (Codec *c : registry) delete c; // BUG: base destructor only
  return total;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  int total = run(n, argc > 2 ? argv[2] : "ABCDEFGHIJ");
  scrub();
  std::printf("encoded %d\n", total);
  return 0;
}
