// EXPECT: none
// FLAGS: -std=c++17
// Clean: a filesystem path's parent is kept in a named path before taking
// c_str(); regex_search runs over a named std::string with std::smatch;
// a deferred std::async task receives its text as std::string (owned);
// route strings are stored as std::string, not views of temporaries.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

__attribute__((noinline)) static int count_vowels(std::string text) {
  int v = 0;
  for (char c : text) v += c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  return v;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  fs::path p = "/var/lib/service";
  for (int i = 0; i < n / 2; i++) p /= std::string(argv[2] + i, 8);
  p /= "state.json";
  fs::path dir = p.parent_path();
  const char *d = dir.c_str();
  unsigned h = 5381;
  for (; *d; d++) h = h * 33 + static_cast<unsigned char>(*d);
  std::string line = "config." + std::string(argv[2], n) + " = enabled-for-all-production-hosts";
  std::regex kv(R"(([\w.]+)\s*=\s*([\w-]+))");
  std::smatch m;
  std::string key = std::regex_search(line, m, kv) ? m[1].str() : "";
  std::string text;
  for (int i = 0; i < n; i++) text.append(argv[2], 26).push_back('\n');
  auto fut = std::async(std::launch::deferred, count_vowels, text + "AEIOU");
  std::vector<std::string> routes = {"/api/v1/resources/collection/users", "/api/v1/resources/collection/groups"};
  std::string_view want = "/api/v1/resources/collection/groups";
  int hit = -1;
  for (size_t i = 0; i < routes.size(); i++) if (routes[i] == want) hit = static_cast<int>(i);
  std::printf("%08x %s %d %d %d\n", h, key.c_str(), fut.get(), hit, argc);
  return 0;
}
