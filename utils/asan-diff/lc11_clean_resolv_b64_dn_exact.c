// EXPECT: none
// Base64-decodes into a buffer of the decoded size, compresses two names
// into one DNS message with a correctly terminated dnptrs table, and
// expands them back into NS_MAXDNAME buffers.
// FLAGS: -lresolv
#include <arpa/nameser.h>
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  unsigned char key[24];
  int klen = b64_pton("AAECAwQFBgcICQoLDA0ODxAREhMUFRYX", key, sizeof key);
  unsigned char msg[512];
  unsigned char *dnptrs[8] = {msg, NULL};
  unsigned char **last = dnptrs + 8;
  memset(msg, 0, 12);
  int n1 = dn_comp("www.example.org", msg + 12, sizeof msg - 12, dnptrs, last);
  int n2 = dn_comp(argc > 1 ? "mail.example.org" : "example.org", msg + 12 + n1,
                   sizeof msg - 12 - n1, dnptrs, last);
  char a[NS_MAXDNAME], b[NS_MAXDNAME];
  int e1 = dn_expand(msg, msg + 12 + n1 + n2, msg + 12, a, sizeof a);
  int e2 = dn_expand(msg, msg + 12 + n1 + n2, msg + 12 + n1, b, sizeof b);
  printf("%d %d %d %d %d %s %s\n", klen, n1, n2, e1, e2, a, b);
  return 0;
}
