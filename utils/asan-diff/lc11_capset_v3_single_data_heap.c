// EXPECT: heap-buffer-overflow
// Drops CAP_NET_RAW from the permitted set with the raw capset call. The
// header says _LINUX_CAPABILITY_VERSION_3, which needs an array of two
// __user_cap_data_struct, but the code allocates room for only one (the
// v1 layout), so the kernel reads 12 bytes past the allocation.
#include <linux/capability.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern int capget(cap_user_header_t hdr, cap_user_data_t data);
extern int capset(cap_user_header_t hdr, const cap_user_data_t data);

int main(int argc, char **argv) {
  struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct both[2];
  if (capget(&hdr, both) != 0)
    return 1;
  cap_user_data_t data = malloc(sizeof *data);
  memcpy(data, &both[0], sizeof *data);
  data->effective &= ~(1u << CAP_NET_RAW);
  data->permitted &= ~(1u << CAP_NET_RAW);
  int rc = capset(&hdr, data); // BUG
  printf("capset -> %d (argc %d)\n", rc, argc);
  free(data);
  return 0;
}
