// EXPECT: none
#include <stdlib.h>
char *g;
int main(void) { char *p = malloc(100); g = p + 50; return 0; }
