// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A route table is initialised as std::vector<std::string_view> from a
// braced list of std::string expressions (prefix + suffix). Each element
// is a temporary std::string that dies at the end of the declaration, so
// every stored view dangles; matching a request reads freed memory.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

__attribute__((noinline)) static std::string api(const char *version) {
  return std::string("/api/") + version + "/resources/collection";
}

__attribute__((noinline)) static int match(const std::vector<std::string_view> &routes, std::string_view req) {
  for (size_t i = 0; i < routes.size(); i++)
    if (routes[i].substr(0, req.size()) == req) return static_cast<int>(i); // BUG
  return -1;
}

int main(int argc, char **argv) {
  std::string ver(argv[2], std::atoi(argv[1]) / 5);
  std::vector<std::string_view> routes = {
      api(ver.c_str()) + "/users",
      api(ver.c_str()) + "/groups",
      api(ver.c_str()) + "/tokens",
  };
  std::string req = "/api/" + ver + "/resources/collection/groups";
  std::printf("%d %d\n", match(routes, req), argc);
  return 0;
}
