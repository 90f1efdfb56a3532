// EXPECT: stack-buffer-overflow
// strcpy into the last char array member of a local struct; the source is
// longer than the member, so the copy runs off the end of the struct.
#include <stdio.h>
#include <string.h>
struct rec { int id; short kind; char name[10]; };
int main(int argc, char **argv) {
  struct rec r;
  r.id = argc;
  r.kind = 2;
  strcpy(r.name, argv[2] + 14); // BUG
  printf("%d %d %s\n", r.id, r.kind, r.name);
  return 0;
}
