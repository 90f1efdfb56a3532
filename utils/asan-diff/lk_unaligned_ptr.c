// EXPECT: leak
// The only pointer sits at an unaligned offset; LSan scans aligned words only, so it counts a leak.
#include <stdlib.h>
#include <string.h>
struct __attribute__((packed)) Rec { char tag; void *p; };
struct Rec g;
__attribute__((noinline)) static void make(void) { void *q = malloc(56); memcpy((char *)&g + 1, &q, sizeof q); g.tag = 1; }
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) { /* clear stale pointer copies on the stack */
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(void) { make(); scrub(); return 0; }
