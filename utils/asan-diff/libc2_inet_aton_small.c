// EXPECT: stack-buffer-overflow
#include <arpa/inet.h>
#include <stdio.h>
int main(int argc, char **argv) {
  unsigned short a[1];
  int r = inet_aton(argc > 1 ? "10.0.0.1" : "1.2.3.4", (struct in_addr *)a); // BUG
  printf("%d %d\n", r, a[0]);
  return 0;
}
