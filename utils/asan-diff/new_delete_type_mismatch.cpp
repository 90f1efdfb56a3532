// EXPECT: new-delete-type-mismatch
#include <cstdio>
struct Base { long id; };
struct Derived : Base { char extra[40]; };
int main(int argc, char **argv) {
  Base *b = new Derived;
  b->id = argc;
  __asm__ volatile("" : : "r"(b) : "memory");
  std::printf("%ld\n", b->id);
  delete b; // BUG
  return 0;
}
