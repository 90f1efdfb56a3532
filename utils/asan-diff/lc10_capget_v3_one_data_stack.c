// EXPECT: stack-buffer-overflow
// Reads the process's capabilities with the version 3 header, which makes
// the kernel fill TWO __user_cap_data_struct entries (64-bit capability
// sets), into a single struct on the stack: the second entry lands past it.
#include <linux/capability.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int capget(cap_user_header_t hdrp, cap_user_data_t datap);

static int has_net_admin(int pid) {
  struct __user_cap_header_struct hdr;
  struct __user_cap_data_struct data; // needs _LINUX_CAPABILITY_U32S_3 of them
  memset(&hdr, 0, sizeof hdr);
  hdr.version = _LINUX_CAPABILITY_VERSION_3;
  hdr.pid = pid;
  if (capget(&hdr, &data) != 0) // BUG
    return -1;
  return (data.effective >> CAP_NET_ADMIN) & 1;
}

int main(int argc, char **argv) {
  int pid = atoi(argv[1]) - 10; // 0: this process
  printf("net_admin=%d\n", has_net_admin(pid));
  return 0;
}
