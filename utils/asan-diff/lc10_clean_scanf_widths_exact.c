// EXPECT: none
// sscanf with every width fitting its destination exactly: %7s into 8
// bytes, %15[^:] into 16, %4c into 4 (no terminator), %5ls into 6 wide
// characters, %ms allocating, %hhu into an unsigned char, %zu into a
// size_t, %Lf into a long double, %n into an int, and numbered arguments.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(int argc, char **argv) {
  char line[96];
  snprintf(line, sizeof line, "alexandra:admin ABCDEFGH %s 4096 2.5 wide rest", argv[1]);
  char user[16], word[8], tag[4];
  unsigned char small;
  size_t big;
  long double ld;
  int used = 0;
  int n = sscanf(line, "%15[^:]:%7s %4c%*s %hhu %zu %Lf%n", user, word, tag,
                 &small, &big, &ld, &used);
  wchar_t w[6];
  char *rest = NULL;
  int n2 = sscanf(line + used, " %5ls %ms", w, &rest);
  int a = 0;
  char second[8];
  int n3 = sscanf("12 xyz", "%2$d %1$7s", second, &a);
  printf("%d %s %s %.4s %u %zu %.1Lf %d %ls %s %d %d %s\n", n, user, word,
         tag, small, big, ld, n2, w, rest ? rest : "-", n3, a, second);
  free(rest);
  return 0;
}
