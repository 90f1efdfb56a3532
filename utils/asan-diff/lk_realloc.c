// EXPECT: leak
#include <stdlib.h>
int main(void) { char *p = malloc(10); p = realloc(p, 1000); p = 0; return 0; }
