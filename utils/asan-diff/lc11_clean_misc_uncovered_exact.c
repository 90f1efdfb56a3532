// EXPECT: none
// Correct calls of rarely used intercepted functions: capset with a
// two-element v3 array, accept4 with a sockaddr_un, strtoumax on a
// terminated buffer, wcsxfrm_l with the element count, initgroups with a
// terminated name, ether_hostton/ether_ntohost with full objects, and
// name_to_handle_at with MAX_HANDLE_SZ bytes of handle space.
#define _GNU_SOURCE
#include <fcntl.h>
#include <grp.h>
#include <inttypes.h>
#include <linux/capability.h>
#include <locale.h>
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <wchar.h>

extern int capget(cap_user_header_t hdr, cap_user_data_t data);
extern int capset(cap_user_header_t hdr, const cap_user_data_t data);

int main(int argc, char **argv) {
  struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2];
  capget(&hdr, data);
  int caprc = capset(&hdr, data);
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  struct sockaddr_un srv = {AF_UNIX, ""};
  snprintf(srv.sun_path, sizeof srv.sun_path, "s%d.sock", argc);
  unlink(srv.sun_path);
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  bind(s, (struct sockaddr *)&srv, sizeof srv);
  listen(s, 1);
  int c = socket(AF_UNIX, SOCK_STREAM, 0);
  connect(c, (struct sockaddr *)&srv, sizeof srv);
  struct sockaddr_un peer;
  socklen_t plen = sizeof peer;
  int a = accept4(s, (struct sockaddr *)&peer, &plen, SOCK_CLOEXEC);
  char num[16];
  snprintf(num, sizeof num, "%s77", argv[1]);
  char *end;
  uintmax_t v = strtoumax(num, &end, 10);
  locale_t loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  wchar_t key[32];
  size_t kn = wcsxfrm_l(key, L"alphabetical", sizeof key / sizeof key[0], loc);
  freelocale(loc);
  int ig = initgroups("root", 0);
  struct ether_addr mac;
  char host[256];
  int h1 = ether_hostton("no-such-host", &mac);
  memcpy(mac.ether_addr_octet, "\x02\x00\x00\x00\x00\x01", 6);
  int h2 = ether_ntohost(host, &mac);
  close(open("fh.txt", O_CREAT | O_WRONLY, 0644));
  struct file_handle *fh = malloc(sizeof *fh + MAX_HANDLE_SZ);
  fh->handle_bytes = MAX_HANDLE_SZ;
  int mid;
  int nh = name_to_handle_at(AT_FDCWD, "fh.txt", fh, &mid, 0);
  printf("%d %d %ju %zu %d %d %d %d %u\n", caprc, a >= 0, v, kn, ig, h1, h2, nh,
         fh->handle_bytes > 0);
  free(fh);
  close(a);
  close(c);
  close(s);
  close(sv[0]);
  close(sv[1]);
  unlink(srv.sun_path);
  unlink("fh.txt");
  return 0;
}
