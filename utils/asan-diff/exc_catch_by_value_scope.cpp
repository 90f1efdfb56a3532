// EXPECT: stack-use-after-scope
// A handler catches the error by value and remembers the address of its
// copy for a later summary; the copy is the handler's local and its scope
// ends with the handler.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Fault { int line; int column; char file[24]; };

__attribute__((noinline)) static void compile_unit(const char *src, int n) {
  for (int i = 0; src[i]; i++)
    if (i == n) throw Fault{1, i, "main.c"};
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const Fault *first = nullptr;
  int errors = 0;
  for (int pass = 0; pass < 2; pass++) {
    try {
      compile_unit(argv[2], n + pass);
    } catch (Fault f) {
      f.line += pass;
      if (!first) first = &f;
      errors++;
    }
  }
  std::printf("%d errors, first at %s:%d\n", errors, first->file, first->line); // BUG
  return 0;
}
