// EXPECT: none
#include <cstdio>
#include <map>
#include <string>
#include <vector>
#include <functional>
#include <algorithm>
int main() { std::map<std::string, std::vector<int>> m; for (int i = 0; i < 1000; i++) m[std::to_string(i % 37)].push_back(i);
  std::vector<std::function<int(int)>> fs; for (int i = 0; i < 10; i++) { int k = i; fs.push_back([k](int x) { return x + k; }); }
  long s = 0; for (auto &kv : m) { std::vector<int> v = kv.second; std::sort(v.rbegin(), v.rend()); for (auto &f : fs) s += f(v[0]); }
  std::printf("%ld\n", s); return 0; }
