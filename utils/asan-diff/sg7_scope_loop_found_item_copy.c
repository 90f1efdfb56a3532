// EXPECT: stack-use-after-scope
// A search loop loads each record into a loop-local copy and, on a match,
// remembers the address of that copy; the pointer is used after the loop,
// when the copy's scope has ended.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Record {
  int id;
  char name[12];
  long balance;
};
__attribute__((noinline)) static void load(struct Record *r, int i) {
  r->id = i;
  snprintf(r->name, sizeof r->name, "acct%d", i);
  r->balance = i * 1000L;
}
int main(int argc, char **argv) {
  int want = atoi(argv[1]) - 3;
  const struct Record *found = NULL;
  for (int i = 0; i < 20; i++) {
    struct Record r;
    load(&r, i);
    if (r.id == want) {
      found = &r;
      break;
    }
  }
  if (found)
    printf("%ld %d\n", found->balance, argc); // BUG
  return 0;
}
