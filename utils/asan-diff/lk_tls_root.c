// EXPECT: none
#include <stdlib.h>
_Thread_local void *t;
int main(void) { t = malloc(50); return 0; }
