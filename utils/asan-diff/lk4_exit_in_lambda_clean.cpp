// EXPECT: none
// A batch tool keeps its jobs in a std::vector<std::unique_ptr<Job>> in
// main and walks them with std::for_each; the lambda calls std::exit() when
// it meets the "stop" marker. main, std::for_each and the lambda are all
// suspended under exit(), not returned, so the jobs (and their strings) are
// still reachable: no leak may be reported. A scratch buffer freed before
// exit is no concern.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Job {
  std::string name;
  std::vector<int> args;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::vector<std::unique_ptr<Job>> jobs;
  for (int i = 0; i < n; i++) {
    auto j = std::make_unique<Job>();
    j->name = (i == n - 3 ? std::string("stop") : std::string("job-with-a-long-name-") + std::to_string(i));
    j->args.assign(static_cast<size_t>(i + 1), i);
    jobs.push_back(std::move(j));
  }
  char *scratch = static_cast<char *>(std::malloc(static_cast<size_t>(n) * 16));
  std::memset(scratch, 0, static_cast<size_t>(n) * 16);
  std::free(scratch);
  long done = 0;
  std::for_each(jobs.begin(), jobs.end(), [&](const std::unique_ptr<Job> &j) {
    if (j->name == "stop") {
      std::printf("stopping after %ld jobs (%s)\n", done, argv[2]);
      std::fflush(stdout);
      std::exit(0);
    }
    done += static_cast<long>(j->args.size());
  });
  std::printf("all done %ld\n", done);
  return 0;
}
