// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A texture cache hands out std::weak_ptr handles. A renderer writes
// `Texture* t = handle.lock().get();` - the shared_ptr from lock() is a
// temporary, so nothing keeps the texture alive. The cache then evicts it
// (dropping the last owner) and the renderer reads the freed texture.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

struct Texture {
  int width, height;
  unsigned char texels[64];
};

struct Cache {
  std::map<std::string, std::shared_ptr<Texture>> live;
  std::weak_ptr<Texture> get(const std::string &name, int w) {
    auto &slot = live[name];
    if (!slot) slot = std::shared_ptr<Texture>(new Texture{w, w / 2, {}});
    return slot;
  }
  __attribute__((noinline)) void evict_over(size_t budget) {
    while (live.size() > budget) live.erase(live.begin());
  }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Cache cache;
  std::weak_ptr<Texture> handle = cache.get(std::string(argv[2], 4), n);
  Texture *t = handle.lock().get();
  for (int i = 1; i < n; i++) cache.get(std::string(argv[2] + i, 4), n + i);
  cache.evict_over(n / 2);
  int area = t->width * t->height; // BUG
  std::printf("area %d expired %d (%d)\n", area, handle.expired(), argc);
  return 0;
}
