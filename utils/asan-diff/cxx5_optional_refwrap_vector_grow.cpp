// EXPECT: heap-use-after-free
// An optional<reference_wrapper> to a vector element outlives the vector's growth.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <vector>
struct User { std::string name; int age; };
static std::optional<std::reference_wrapper<User>> find(std::vector<User> &us, char c) {
  for (auto &u : us)
    if (u.name[0] == c) return std::ref(u);
  return std::nullopt;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<User> users;
  for (int i = 0; i < n; i++) users.push_back({std::string(1, argv[2][i]), 20 + i});
  auto found = find(users, argv[2][2]);
  for (int i = 0; i < n; i++) users.push_back({"x", i});
  if (found) std::printf("%d\n", found->get().age); // BUG
  return 0;
}
