// EXPECT: new-delete-type-mismatch
// FLAGS: -std=c++17
// A plugin factory returns `Codec*` (created as a larger derived class) and
// the host wraps it in std::shared_ptr<Codec>. Codec has no virtual
// destructor, so the shared_ptr's deleter runs `delete (Codec*)p`, a
// sized delete with the base's size for a derived-size allocation.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

struct Codec {
  int id;
  virtual int encode(const char *in, int n) { return n + id; }
  ~Codec() = default;   // not virtual
};

struct Lz4Codec : Codec {
  unsigned char dict[4096];
  int encode(const char *in, int n) override {
    int out = 0;
    for (int i = 0; i < n; i++) out += dict[static_cast<unsigned char>(in[i]) % sizeof dict] ^ in[i];
    return out;
  }
};

__attribute__((noinline)) static Codec *plugin_create(int kind) {
  if (kind > 5) {
    auto *c = new Lz4Codec;
    c->id = kind;
    std::memset(c->dict, kind, sizeof c->dict);
    return c;
  }
  auto *c = new Codec;
  c->id = kind;
  return c;
}

int main(int argc, char **argv) {
  int kind = std::atoi(argv[1]);
  int r;
  {
    std::shared_ptr<Codec> codec(plugin_create(kind));
    r = codec->encode(argv[2], 26);
  } // BUG
  std::printf("%d %d\n", r, argc);
  return 0;
}
