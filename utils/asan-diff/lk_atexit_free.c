// EXPECT: leak (the first block, its pointer overwritten before atexit)
#include <stdlib.h>
void *p;
void cleanup(void) { free(p); }
int main(void) { p = malloc(10); atexit(cleanup); p = malloc(20); free(p); p = malloc(5); return 0; }
