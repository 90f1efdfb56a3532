// EXPECT: stack-buffer-overflow
// A dotted-quad parser stores four %hhu conversions, but the octet array was declared with three elements.
#include <stdio.h>
#include <stdlib.h>
struct ipv4 {
  unsigned char oct[3];
};
static int parse_ip(const char *s, struct ipv4 *ip) {
  return sscanf(s, "%hhu.%hhu.%hhu.%hhu", &ip->oct[0], &ip->oct[1], &ip->oct[2], &ip->oct[3]); // BUG
}
int main(int argc, char **argv) {
  char text[32];
  snprintf(text, sizeof text, "192.168.%s.%d", argv[1], atoi(argv[1]) * 2);
  struct ipv4 ip;
  int n = parse_ip(text, &ip);
  printf("%d %u.%u.%u\n", n, ip.oct[0], ip.oct[1], ip.oct[2]);
  return 0;
}
