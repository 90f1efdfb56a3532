// EXPECT: none
// An RAII wrapper owning a FILE and its setvbuf buffer as a member array
// (the object on the stack or the heap): exceptions thrown through frames
// holding such objects close their streams in the destructors during
// unwinding, before their buffers go; the catching frame's own stream keeps
// writing; std::unique_ptr with a custom deleter (fclose) for a stream whose
// buffer is a std::vector declared before it.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

class Log {
public:
  explicit Log(const char *path) : f_(std::fopen(path, "a")) {
    if (!f_)
      throw std::runtime_error("open");
    std::setvbuf(f_, buf_, _IOFBF, sizeof buf_);
  }
  ~Log() { std::fclose(f_); }
  Log(const Log &) = delete;
  Log &operator=(const Log &) = delete;
  void line(const std::string &s) { std::fprintf(f_, "%s\n", s.c_str()); }

private:
  std::FILE *f_;
  char buf_[61];
};

static void dive(int level, int limit, const std::string &alpha) {
  Log here(("raii" + std::to_string(level % 3) + ".txt").c_str());
  here.line("enter " + std::to_string(level) + " " + alpha.substr(level % 26, 4));
  auto heap = std::make_unique<Log>("raii_heap.txt");
  heap->line("heap " + std::to_string(level));
  if (level == limit)
    throw std::runtime_error("bottom " + std::to_string(level));
  dive(level + 1, limit, alpha);
}

struct Closer {
  void operator()(std::FILE *f) const { std::fclose(f); }
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "xyz";
  for (const char *old : {"raii0.txt", "raii1.txt", "raii2.txt", "raii_heap.txt"})
    std::remove(old); // Log appends: start empty
  std::vector<char> storage(150);
  std::unique_ptr<std::FILE, Closer> top(std::fopen("raii_top.txt", "w+"));
  std::setvbuf(top.get(), storage.data(), _IOFBF, storage.size());
  int caught = 0;
  for (int round = 0; round < n; ++round) {
    try {
      dive(0, round % 6, alpha);
    } catch (const std::exception &e) {
      ++caught;
      std::fprintf(top.get(), "caught %s\n", e.what());
    }
  }
  std::rewind(top.get());
  unsigned long sum = 0;
  int c;
  while ((c = std::fgetc(top.get())) != EOF)
    sum = sum * 31 + (unsigned)c;
  top.reset(); // closed while storage is alive
  std::FILE *h = std::fopen("raii_heap.txt", "r");
  char line[64];
  int lines = 0;
  while (std::fgets(line, sizeof line, h))
    ++lines;
  std::fclose(h);
  std::printf("caught %d heap lines %d sum %lu\n", caught, lines, sum);
  return 0;
}
