// EXPECT: none
// Formatting helpers with libc calls sized right: inet_ntop into INET6_ADDRSTRLEN buffers
// (the longest IPv6 and IPv4-mapped forms), inet_pton round trips, ctime_r into the 26 bytes
// it needs, strftime into a buffer that fits the longest output exactly, and gmtime_r.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

static int roundtrip(int af, const unsigned char *addr, char *text, size_t textsz) {
  unsigned char back[16];
  if (!inet_ntop(af, addr, text, (socklen_t)textsz)) return -1;
  if (inet_pton(af, text, back) != 1) return -1;
  return memcmp(addr, back, af == AF_INET ? 4 : 16) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char text[INET6_ADDRSTRLEN];
  int ok = 0, total = 0;
  size_t longest = 0;
  for (int i = 0; i < n; i++) {
    unsigned char a6[16], a4[4] = { 192, 168, (unsigned char)(seed[i % 26] + 100), (unsigned char)(200 + i) };
    for (int k = 0; k < 16; k++) a6[k] = (unsigned char)(0x11 * (k + 1) + seed[(i + k) % 26]);
    a6[0] = 0xfe;
    ok += roundtrip(AF_INET6, a6, text, sizeof text) == 0;
    if (strlen(text) > longest) longest = strlen(text);
    ok += roundtrip(AF_INET, a4, text, INET_ADDRSTRLEN) == 0;
    memset(a6, 0, 10);
    a6[10] = a6[11] = 0xff;
    memcpy(a6 + 12, a4, 4); /* ::ffff:192.168.x.y */
    ok += roundtrip(AF_INET6, a6, text, sizeof text) == 0;
    total += 3;
  }
  char stamp[26], iso[sizeof "2024-01-01T00:00:00Z"];
  struct tm tm;
  for (int i = 0; i < n; i++) {
    time_t t = (time_t)1700000000 + (time_t)i * 86399;
    ctime_r(&t, stamp);
    stamp[strcspn(stamp, "\n")] = '\0';
    gmtime_r(&t, &tm);
    size_t w = strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (i % 4 == 0) printf("%s | %s (%zu)\n", stamp, iso, w);
  }
  printf("%d/%d address round trips, longest %zu chars\n", ok, total, longest);
  return 0;
}
