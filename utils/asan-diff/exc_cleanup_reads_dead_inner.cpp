// EXPECT: stack-use-after-scope
// A tracing guard in the outer scope is pointed at a label array of an
// inner block; the exception is thrown inside that block, so the block's
// scope ends on the way out, before the guard's destructor runs in the
// same cleanup and reads the label.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct Trace {
  const char *label = "none";
  int depth = 0;
  ~Trace() { std::fprintf(stderr, "unwinding %c %d\n", label[depth], depth); } // BUG
};

__attribute__((noinline)) static void emit(const char *s, int n) {
  if ((int)std::strlen(s) > n) throw std::length_error("record longer than limit");
}

__attribute__((noinline)) static void serialize(const char *s, int n) {
  Trace t;
  {
    char label[32];
    std::snprintf(label, sizeof label, "rec:%s", s);
    t.label = label;
    t.depth = n % 4;
    emit(label, n);
  }
  t.label = "done";
}

int main(int argc, char **argv) {
  try {
    serialize(argv[2], std::atoi(argv[1]));
  } catch (const std::exception &e) {
    std::printf("%s\n", e.what());
  }
  return 0;
}
