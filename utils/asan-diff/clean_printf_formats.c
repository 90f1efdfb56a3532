// EXPECT: none
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  char b[256];
  int n1 = 0;
  long long ll = -1234567890123LL;
  int len = snprintf(b, sizeof b, "%5d|%-5s|%.3f|%e|%g|%x|%#o|%c|%p|%lld|%zu|%" PRIu64 "|%.*s|%n%%|%ls|%hhd|%a",
                     argc, "ab", 3.14159, 1e-10, 2.5, 255, 8, 'z', (void *)b, ll, sizeof b,
                     (uint64_t)1 << 40, 3, argv[2], &n1, L"wide", (signed char)-3, 1.0);
  char small[8];
  int want = snprintf(small, sizeof small, "%s", argv[2]);
  printf("%d %d %d %s %s\n", len, n1, want, small, b);
  fprintf(stderr, "%s %d\n", "stderr-ok", (int)strlen(b));
  return 0;
}
