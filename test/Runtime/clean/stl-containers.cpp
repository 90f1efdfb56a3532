// ===- test/Runtime/clean/stl-containers.cpp - heavy, correct STL use -----===
//
// No false positives from the standard containers: vector (growth, insert,
// erase, shrink_to_fit), string (SSO and heap, append, substr), map,
// unordered_map (rehashing), deque (both ends), list (splice, sort), set,
// all instrumented through the library headers. Exit 0, no report.
//
// See also: use-after-free/vector-growth.cpp (the same vector misused).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <algorithm>
#include <cstdio>
#include <deque>
#include <list>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

int main(int argc, char **) {
  std::vector<int> Numbers;
  for (int I = 0; I < 5000; ++I)
    Numbers.push_back(I * argc);
  Numbers.insert(Numbers.begin() + 10, 100, 7);
  Numbers.erase(Numbers.begin(), Numbers.begin() + 50);
  Numbers.resize(3000);
  Numbers.shrink_to_fit();
  std::sort(Numbers.begin(), Numbers.end(), std::greater<int>());
  long VectorSum = std::accumulate(Numbers.begin(), Numbers.end(), 0L);

  std::string Short = "sso";
  std::string Long;
  for (int I = 0; I < 200; ++I)
    Long += std::to_string(I) + ",";
  std::string Middle = Long.substr(100, 50);
  Long.replace(0, 10, Short);
  Long.erase(Long.size() / 2);

  std::map<std::string, int> Counts;
  std::unordered_map<int, std::string> Names;
  for (int I = 0; I < 3000; ++I) {
    ++Counts["key" + std::to_string(I % 300)];
    Names[I] = std::string(I % 40, 'n');
  }
  for (int I = 0; I < 3000; I += 2)
    Names.erase(I);

  std::deque<std::vector<char>> Queue;
  for (int I = 0; I < 2000; ++I) {
    Queue.emplace_back(I % 64 + 1, 'q');
    Queue.emplace_front(I % 17 + 1, 'f');
    if (I % 3 == 0)
      Queue.pop_front();
  }

  std::list<std::string> Words = {"pear", "apple", "fig"};
  std::list<std::string> More(500, "kiwi");
  Words.splice(Words.end(), More);
  Words.sort();
  Words.unique();

  std::set<long> Seen(Numbers.begin(), Numbers.end());

  std::printf("vector %zu sum %ld, string %zu/%zu, map %zu, unordered %zu, "
              "deque %zu, list %zu, set %zu\n",
              Numbers.size(), VectorSum, Long.size(), Middle.size(),
              Counts.size(), Names.size(), Queue.size(), Words.size(),
              Seen.size());
  return 0;
}

// CHECK: vector 3000 sum 4350150, string 341/50, map 300, unordered 1500, deque 3333, list 4, set 2941
