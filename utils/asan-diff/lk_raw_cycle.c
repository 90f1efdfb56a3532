// EXPECT: leak
#include <stdlib.h>
struct N { struct N *other; char pad[24]; };
int main(void) { struct N *a = malloc(sizeof *a), *b = malloc(sizeof *b); a->other = b; b->other = a; a = b = 0; return 0; }
