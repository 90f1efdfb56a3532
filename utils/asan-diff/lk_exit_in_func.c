// EXPECT: leak
#include <stdlib.h>
#include <stdio.h>
__attribute__((noinline)) void done(void) { exit(0); }
int main(void) { char *lost = malloc(11); lost[0] = 1; lost = 0; char *kept = malloc(12); printf("%d\n", kept[0] = 2); done(); return 0; }
