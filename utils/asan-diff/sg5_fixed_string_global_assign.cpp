// EXPECT: global-buffer-overflow
// A FixedString<N> template's assign() copies without truncating; a global
// FixedString<8> is assigned a longer command-line argument.
#include <cstddef>
#include <cstdio>
template <size_t N> struct FixedString {
  size_t len = 0;
  char s[N];
  __attribute__((noinline)) void assign(const char *p) {
    size_t i = 0;
    for (; p[i]; i++) s[i] = p[i]; // BUG
    s[i < N ? i : N - 1] = 0;
    len = i;
  }
};
FixedString<8> g_name;
int main(int argc, char **argv) {
  g_name.assign(argv[2]);
  std::printf("%zu %d\n", g_name.len, argc);
  return 0;
}
