// EXPECT: stack-use-after-scope
// Builds the union of two masks into a set declared inside an if-block,
// keeping a pointer to it; the union itself is computed after the block
// has ended, into the dead set.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>

int main(int argc, char **argv) {
  sigset_t a, b;
  sigemptyset(&a);
  sigemptyset(&b);
  sigaddset(&a, SIGINT);
  sigaddset(&b, SIGTERM);
  sigset_t *out = &a;
  if (argc > 1) {
    sigset_t merged;
    sigemptyset(&merged);
    out = &merged;
  }
  if (sigorset(out, &a, &b) != 0) // BUG
    return 1;
  printf("%d %d\n", sigismember(out, SIGINT), sigismember(out, SIGTERM));
  return 0;
}
