// EXPECT: none
// memcpy/memset/memmove of exact sizes: a struct's tail from offsetof(last
// member) to sizeof(struct), members copied by their own sizes, a
// strncpy that fills a field completely without a NUL, and an in-place
// memmove shift by one that stays within the array.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Msg {
  int kind;
  short flags;
  char tag[6];
  long payload[3];
};
__attribute__((noinline)) static long digest(const struct Msg *m) {
  long s = m->kind + m->flags + m->tag[5];
  for (int i = 0; i < 3; i++) s += m->payload[i];
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct Msg a, b;
  memset(&a, 0, sizeof a);
  a.kind = n;
  strncpy(a.tag, argv[2], sizeof a.tag);
  for (int i = 0; i < 3; i++) a.payload[i] = i * n;
  memcpy((char *)&b + offsetof(struct Msg, payload), (char *)&a + offsetof(struct Msg, payload),
         sizeof(struct Msg) - offsetof(struct Msg, payload));
  memcpy(&b.kind, &a.kind, sizeof b.kind);
  memcpy(&b.flags, &a.flags, sizeof b.flags);
  memcpy(b.tag, a.tag, sizeof b.tag);
  int arr[8];
  for (int i = 0; i < 8; i++) arr[i] = i + argc;
  memmove(arr + 1, arr, 7 * sizeof arr[0]);
  memmove(arr, arr + 1, 7 * sizeof arr[0]);
  char name[4];
  memcpy(name, argv[2], sizeof name);
  printf("%ld %d %c\n", digest(&a) + digest(&b), arr[7], name[3]);
  return 0;
}
