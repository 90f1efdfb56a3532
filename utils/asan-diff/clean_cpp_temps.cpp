// EXPECT: none
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>
#include <map>
#include <memory>
std::string make(int n) { return std::string(40, 'a' + n % 26); }
int main() {
  long s = 0;
  for (int i = 0; i < 2000; i++) {
    const std::string &r = make(i); std::string_view v = r; s += v[5];
    for (char c : make(i + 1)) s += c;
    std::vector<int> vec; for (int k = 0; k < 50; k++) { vec.push_back(k); int &last = vec.back(); s += last; }
    std::map<int, std::unique_ptr<int>> m; m[i] = std::make_unique<int>(i); auto it = m.find(i); s += *it->second; m.erase(it);
  }
  std::printf("%ld\n", s); return 0; }
