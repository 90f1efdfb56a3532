// EXPECT: none
// A message bus passes std::any payloads: small ones (int, double) that
// live inside the any's local buffer, a large struct with a 300-byte array
// that goes to the heap, std::string, and std::vector. Messages are built
// in short-lived frames, moved through a local ring of std::any, copied,
// swapped and emplaced in place, and read back with any_cast on pointers
// and references; bad_any_cast is thrown and caught for mismatches.
#include <any>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <typeinfo>
#include <vector>

struct Frame {
  int id;
  unsigned char pixels[300];
};

__attribute__((noinline)) static std::any make_msg(int i) {
  switch (i % 5) {
  case 0: return i * 3;
  case 1: return i * 0.5;
  case 2: {
    Frame f;
    f.id = i;
    for (int k = 0; k < 300; k++) f.pixels[k] = (unsigned char)(k + i);
    return f;
  }
  case 3: return std::string(i % 2 ? "short" : "a string long enough to need the heap storage");
  default: return std::vector<int>((size_t)(i % 17 + 1), i);
  }
}

__attribute__((noinline)) static long consume(const std::any &a) {
  if (const int *p = std::any_cast<int>(&a)) return *p;
  if (const double *p = std::any_cast<double>(&a)) return (long)*p;
  if (const Frame *f = std::any_cast<Frame>(&a)) return f->id + f->pixels[299];
  if (a.type() == typeid(std::string)) return (long)std::any_cast<const std::string &>(a).size();
  const auto &v = std::any_cast<const std::vector<int> &>(a);
  return (long)v.size() * v.back();
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::any ring[8];
  long total = 0;
  int bad = 0;
  for (int i = 0; i < n * 50; i++) {
    std::any m = make_msg(i);
    std::any &slot = ring[i % 8];
    if (slot.has_value()) total += consume(slot);
    if (i % 7 == 0) {
      std::any copy = m;
      slot.swap(copy);
    } else {
      slot = std::move(m);
    }
    if (i % 11 == 0) ring[(i + 3) % 8].emplace<Frame>(Frame{i, {}});
    try {
      total += std::any_cast<int>(ring[(i + 1) % 8]);
    } catch (const std::bad_any_cast &) {
      bad++;
    }
  }
  for (auto &a : ring) if (a.has_value()) total += consume(a);
  std::printf("%ld %d\n", total, bad);
  return 0;
}
