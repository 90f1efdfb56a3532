// EXPECT: none
// References bound to temporaries whose lifetime is extended: aggregate
// brace-init reference members, a const reference to a member and an array
// element of a temporary, both arms of a conditional, rvalue references.
#include <cstdio>
#include <cstdlib>
#include <string>
struct View { const int &r; const std::string &s; };
struct Pack { int head; int arr[6]; char name[10]; };
__attribute__((noinline)) static Pack pack(int n) { Pack p{n, {}, "packname"}; for (int i = 0; i < 6; i++) p.arr[i] = n + i; return p; }
__attribute__((noinline)) static long use(const int &a, const char *b) { return a + b[0]; }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  View v{n * 2, std::string("short") + argv[2][0]};
  const int &last = pack(n).arr[5];
  const Pack &whole = pack(n + 1);
  const char (&nm)[10] = pack(n).name;
  const int &pick = argc > 1 ? pack(n).head : pack(n + 3).arr[0];
  int &&rr = n + 7;
  long s = v.r + v.s[5] + last + whole.arr[5] + whole.name[8] + nm[7] + pick + rr;
  s += use(pack(n).arr[5], pack(n).name);
  std::printf("%ld %d\n", s, argc);
  return 0;
}
