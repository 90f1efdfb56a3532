// EXPECT: stack-use-after-scope
// A command dispatcher formats a reply into a buffer declared inside one
// `case` block (braced) and keeps a pointer to it in `reply`; after the
// switch, the reply's length byte is read from the dead buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int reply_len(const unsigned char *r) {
  return r[0]; // BUG
}

int main(int argc, char **argv) {
  const unsigned char *reply = NULL;
  int cmd = atoi(argv[1]) % 4; /* 2 */
  switch (cmd) {
  case 1:
    reply = (const unsigned char *)"\x02OK";
    break;
  case 2: {
    unsigned char msg[20];
    size_t n = strlen(argv[2]) % 16;
    msg[0] = (unsigned char)n;
    memcpy(msg + 1, argv[2], n);
    reply = msg;
    break;
  }
  default:
    reply = (const unsigned char *)"\x03ERR";
  }
  int len = reply_len(reply);
  printf("reply length %d %d\n", len, argc);
  return 0;
}
