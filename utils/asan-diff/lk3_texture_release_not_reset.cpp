// EXPECT: leak
// a texture cache drops stale textures with unique_ptr::release() where reset() was meant; release gives up ownership without deleting, leaking each texture and its pixel buffer
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Texture {
  std::string name;
  int w, h;
  std::vector<uint32_t> pixels;
  unsigned last_used;
};

class TextureCache {
 public:
  Texture *acquire(const std::string &name, int w, int h, unsigned now) {
    auto &slot = cache_[name];
    if (!slot) {
      slot = std::make_unique<Texture>();
      slot->name = name;
      slot->w = w;
      slot->h = h;
      slot->pixels.assign((size_t)w * h, 0xff000000u | (uint32_t)name.size());
      loads_++;
    }
    slot->last_used = now;
    return slot.get();
  }

  int trim(unsigned now, unsigned max_age) {
    int dropped = 0;
    for (auto it = cache_.begin(); it != cache_.end();) {
      if (now - it->second->last_used > max_age) {
        it->second.release(); // BUG
        it = cache_.erase(it);
        dropped++;
      } else {
        ++it;
      }
    }
    return dropped;
  }

  size_t size() const { return cache_.size(); }
  int loads() const { return loads_; }

 private:
  std::map<std::string, std::unique_ptr<Texture>> cache_;
  int loads_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  TextureCache tc;
  uint64_t checksum = 0;
  int dropped = 0;
  for (unsigned frame = 0; frame < (unsigned)n * 2; frame++) {
    for (int k = 0; k < 3; k++) {
      std::string name = "tex_" + alpha.substr((frame / 4 + (unsigned)k) % 8, 2);
      Texture *t = tc.acquire(name, 4 + k, 4, frame);
      checksum += t->pixels[(size_t)(frame % 16)] + (uint64_t)t->w;
    }
    if (frame % 5 == 4) dropped += tc.trim(frame, 3);
  }
  std::printf("%d loads, %d dropped, %zu cached, checksum %llu\n", tc.loads(), dropped, tc.size(),
              (unsigned long long)checksum);
  return 0;
}
