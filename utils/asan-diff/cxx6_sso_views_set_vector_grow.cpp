// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// An interner keeps the strings in a std::vector<std::string> and an
// std::unordered_set<std::string_view> over them for lookup. Short names
// live in each string's inline (SSO) buffer - inside the vector's heap
// block - so when the vector grows, every view points into the freed old
// block, and the next lookup compares against freed memory.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

struct Interner {
  std::vector<std::string> storage;
  std::unordered_set<std::string_view> index;

  __attribute__((noinline)) std::string_view intern(std::string_view s) {
    auto it = index.find(s); // BUG
    if (it != index.end()) return *it;
    storage.emplace_back(s);
    return *index.insert(storage.back()).first;
  }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Interner in;
  in.storage.reserve(2);
  size_t unique = 0;
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < n; i++) {
      std::string_view v = in.intern(std::string_view(argv[2] + i, 3));
      unique += v.size();
    }
  std::printf("%zu %zu %d\n", in.storage.size(), unique, argc);
  return 0;
}
