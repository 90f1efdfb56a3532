// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// A pointer to the last element is kept across erase of the first one.
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Job { int id; int cost; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Job> queue;
  queue.reserve(n);
  for (int i = 0; i < n; i++) queue.push_back({i, argv[2][i] - 'A'});
  Job *tail = &queue.back();
  queue.erase(queue.begin());
  long total = 0;
  for (const Job &j : queue) total += j.cost;
  std::printf("%ld tail %d\n", total, tail->id); // BUG
  return 0;
}
