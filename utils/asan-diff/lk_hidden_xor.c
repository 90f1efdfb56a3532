// EXPECT: leak
#include <stdlib.h>
#include <stdint.h>
uintptr_t g;
int main(void) { g = (uintptr_t)malloc(64) ^ 0xdeadbeefUL; return 0; }
