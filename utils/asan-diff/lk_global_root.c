// EXPECT: none
#include <stdlib.h>
void *g;
int main(void) { g = malloc(50); return 0; }
