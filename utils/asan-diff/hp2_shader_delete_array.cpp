// EXPECT: alloc-dealloc-mismatch
// a render backend keeps shader batches created with new[] and releases every entry with delete[]; the fallback shader comes from a factory that uses plain new, so delete[] reads an array cookie that was never written and frees a pointer 8 bytes before the object
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct Shader {
  std::string name;
  unsigned stage;
  unsigned hash;
  ~Shader() { stage = 0; }
};

struct Batch {
  Shader *shaders; /* owned, from new[] */
  size_t count;
  bool fallback;
};

static unsigned fnv(const std::string &s) {
  unsigned h = 2166136261u;
  for (char c : s) h = (h ^ (unsigned char)c) * 16777619u;
  return h;
}

static Shader *compile_batch(const std::string &prefix, size_t n) {
  Shader *s = new Shader[n];
  for (size_t i = 0; i < n; i++) {
    s[i].name = prefix + "_" + std::to_string(i) + "_with_a_long_descriptive_suffix";
    s[i].stage = (unsigned)(i % 3);
    s[i].hash = fnv(s[i].name);
  }
  return s;
}

static Shader *make_fallback() {
  Shader *s = new Shader;
  s->name = "fallback_magenta_shader_for_missing_materials";
  s->stage = 1;
  s->hash = fnv(s->name);
  return s;
}

class Backend {
 public:
  ~Backend() {
    for (Batch &b : batches_) delete[] b.shaders; // BUG
  }
  void add(Shader *s, size_t n, bool fallback) { batches_.push_back(Batch{s, n, fallback}); }
  unsigned checksum() const {
    unsigned x = 0;
    for (const Batch &b : batches_)
      for (size_t i = 0; i < b.count; i++) x ^= b.shaders[i].hash + b.shaders[i].stage;
    return x;
  }
  size_t shader_count() const {
    size_t n = 0;
    for (const Batch &b : batches_) n += b.count;
    return n;
  }

 private:
  std::vector<Batch> batches_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  unsigned sum;
  size_t count;
  {
    Backend be;
    for (int k = 0; k < 3; k++) {
      std::string material = alpha.substr((size_t)k * 3, 3);
      if (k == 1) {
        std::printf("material %s failed to compile, using fallback\n", material.c_str());
        be.add(make_fallback(), 1, true);
        continue;
      }
      be.add(compile_batch(material, (size_t)n / 2 + (size_t)k), (size_t)n / 2 + (size_t)k, false);
    }
    sum = be.checksum();
    count = be.shader_count();
  }
  std::printf("%zu shaders, checksum %08x\n", count, sum);
  return 0;
}
