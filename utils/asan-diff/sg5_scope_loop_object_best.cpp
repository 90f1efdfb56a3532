// EXPECT: stack-use-after-scope
// The best candidate seen in a loop is remembered by pointer to the loop
// body's local object (which has a destructor); it is read after the loop.
#include <cstdio>
#include <cstdlib>
struct Candidate {
  int score;
  int path[4];
  explicit Candidate(int s) : score(s) { for (int i = 0; i < 4; i++) path[i] = s + i; }
  ~Candidate() { path[0] = -1; }
};
int main(int argc, char **argv) {
  const Candidate *best = nullptr;
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) {
    Candidate c((i * 7 + argc) % 11);
    if (!best || c.score > best->score) best = &c;
  }
  std::printf("%d\n", best->path[2]); // BUG
  return 0;
}
