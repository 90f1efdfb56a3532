// EXPECT: leak
#include <stdlib.h>
#include <sys/mman.h>
int main(void) { void **m = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); m[0] = malloc(40); return 0; }
