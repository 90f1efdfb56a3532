// EXPECT: new-delete-type-mismatch
// FLAGS: -fsized-deallocation
// A 96-byte Derived is deleted through a Base* whose destructor is not
// virtual, so sized delete passes Base's 16 bytes.
#include <cstdio>
#include <cstdlib>
struct Base { long id; long kind; ~Base() {} };
struct Derived : Base { long extra[10]; };
__attribute__((noinline)) static Base *make(int n) { Derived *d = new Derived; d->id = n; d->extra[9] = n; return d; }
int main(int argc, char **argv) {
  Base *b = make(std::atoi(argv[1]));
  std::printf("%ld\n", b->id);
  delete b; // BUG
  return 0;
}
