// EXPECT: global-buffer-overflow
// A global message holds a length and a 10-byte payload at its end; the
// payload is filled from the input with the copy capped at sizeof(msg)
// (16) instead of sizeof(msg.payload) (10), so it writes past the struct.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
  int len;
  char payload[10];
} msg;

int main(int argc, char **argv) {
  const char *src = argv[2];
  int cap = atoi(argv[1]) + 6; /* 16: sizeof(msg) instead of payload size */
  int n = 0;
  while (src[n] && n < cap) {
    msg.payload[n] = src[n]; // BUG
    n++;
  }
  msg.len = n;
  printf("%d %.10s %d\n", msg.len, msg.payload, argc);
  return 0;
}
