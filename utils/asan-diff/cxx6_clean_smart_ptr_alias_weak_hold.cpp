// EXPECT: none
// FLAGS: -std=c++20
// Clean: aliasing shared_ptrs to members of a shared parent (the member
// lives exactly as long as the parent), a weak_ptr lock() held in a named
// shared_ptr across the owner's eviction, make_shared<int[]> indexed
// 0..n-1, and a factory result owned by shared_ptr<Derived> with a base
// that has a virtual destructor.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

struct Node { std::string name; float transform[16]; };
struct Codec { int id; virtual ~Codec() = default; virtual int encode(const char *s, int n) { return n + id + s[0]; } };
struct Lz4 : Codec { unsigned char dict[512]; int encode(const char *s, int n) override { return dict[s[n - 1] % 512] + n; } };

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto root = std::make_shared<Node>();
  root->transform[15] = argv[2][0];
  std::shared_ptr<float> corner(root, &root->transform[15]);
  root.reset();
  float c = *corner;
  std::map<std::string, std::shared_ptr<std::string>> cache;
  for (int i = 0; i < n; i++) cache[std::string(argv[2] + i, 4)] = std::make_shared<std::string>(40, char('a' + i));
  std::weak_ptr<std::string> w = cache.begin()->second;
  std::shared_ptr<std::string> held = w.lock();
  while (cache.size() > static_cast<size_t>(n / 2)) cache.erase(cache.begin());
  char ch = (*held)[39];
  auto bins = std::make_shared<int[]>(n);
  for (int i = 0; i < 26; i++) bins[(argv[2][i] - 'A') % n] += 1;
  std::shared_ptr<Codec> codec(static_cast<Codec *>(new Lz4{}));
  int e = codec->encode(argv[2], 26);
  std::printf("%.0f %c %d %d %d\n", c, ch, bins[n - 1], e, argc);
  return 0;
}
