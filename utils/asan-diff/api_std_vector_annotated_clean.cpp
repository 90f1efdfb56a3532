// EXPECT: none
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR=1
// A job table kept in annotated libstdc++ vectors goes through every
// operation that changes the size without reallocating or with it: reserve,
// push_back/emplace_back, insert in the middle, erase ranges, resize up and
// down, shrink_to_fit, swap, assign, pop_back, move-assignment and a vector of
// vectors growing. Every access stays within size(); both tools must be quiet.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Job {
  int id;
  double cost;
  std::string name;
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Job> jobs;
  jobs.reserve(n + 7);
  for (int i = 0; i < n; i++)
    jobs.push_back({i, i * 1.5, std::string(argv[2] + i, 3)});
  jobs.insert(jobs.begin() + 3, Job{100, 0.5, "inserted"});
  jobs.erase(jobs.begin() + 1, jobs.begin() + 4);
  jobs.emplace_back(Job{200, 2.0, "tail"});
  std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.cost > b.cost; });
  jobs.resize(jobs.size() + 2);
  jobs.resize(5);
  jobs.shrink_to_fit();
  std::vector<Job> other(3, Job{7, 7.0, "seven"});
  jobs.swap(other);
  other.pop_back();
  jobs.assign(other.begin(), other.end());
  std::vector<std::vector<int>> grid;
  for (int r = 0; r < n; r++) {
    grid.emplace_back();
    for (int c = 0; c <= r; c++) grid.back().push_back(r * c);
  }
  long sum = 0;
  for (auto &row : grid) sum += row.back() + row.front();
  std::vector<int> moved = std::move(grid[n - 1]);
  grid[n - 1] = std::vector<int>(2, 1);
  sum += moved.size() + grid[n - 1][1];
  std::vector<char> bytes(argv[2], argv[2] + 26);
  bytes.erase(std::remove_if(bytes.begin(), bytes.end(), [](char c) { return c % 2; }),
              bytes.end());
  std::printf("%zu jobs, first %s/%d, sum %ld, bytes %zu %.*s\n", jobs.size(),
              jobs[0].name.c_str(), jobs[0].id, sum, bytes.size(), (int)bytes.size(),
              bytes.data());
  return 0;
}
