// EXPECT: none
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
static ucontext_t mc, tc;
static void task(void) { for (int r = 0; r < 5; r++) { char b[300]; memset(b, r, sizeof b); swapcontext(&tc, &mc); } }
int main(void) { char *st = malloc(65536); getcontext(&tc); tc.uc_stack.ss_sp = st; tc.uc_stack.ss_size = 65536; tc.uc_link = &mc; makecontext(&tc, task, 0);
  for (int r = 0; r < 6; r++) { char x[100]; memset(x, 1, sizeof x); swapcontext(&mc, &tc); } free(st); puts("ok"); return 0; }
