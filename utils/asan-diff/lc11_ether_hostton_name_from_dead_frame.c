// EXPECT: stack-use-after-return
// A helper builds "<prefix>-<n>" in its own stack buffer and publishes a
// pointer to it through an out-parameter; the caller then resolves that
// name with ether_hostton after the helper has returned.
#include <netinet/ether.h>
#include <stdio.h>

__attribute__((noinline)) static void host_name(int n, const char **out) {
  char buf[32];
  snprintf(buf, sizeof buf, "switch-%d", n);
  *out = buf;
}

int main(int argc, char **argv) {
  const char *name;
  host_name(argc, &name);
  struct ether_addr mac;
  int rc = ether_hostton(name, &mac); // BUG
  printf("%d\n", rc);
  return 0;
}
