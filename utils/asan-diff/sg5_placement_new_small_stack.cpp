// EXPECT: stack-buffer-overflow
// A type-erased holder reserves 24 bytes of aligned inline storage; a
// 40-byte functor is placement-new'ed into it and its constructor writes
// past the storage.
#include <cstdio>
#include <cstdlib>
#include <new>
struct Functor {
  long k[5];
  explicit Functor(long v) { for (int i = 0; i < 5; i++) k[i] = v * i; } // BUG
  long operator()() const { return k[0] + k[1]; }
};
struct Holder {
  alignas(8) unsigned char storage[24];
  long (*call)(const void *);
};
__attribute__((noinline)) static long invoke(const Holder *h) { return h->call(h->storage); }
int main(int argc, char **argv) {
  Holder h;
  new (h.storage) Functor(std::atol(argv[1]));
  h.call = [](const void *p) { return (*static_cast<const Functor *>(p))(); };
  std::printf("%ld %d\n", invoke(&h), argc);
  return 0;
}
