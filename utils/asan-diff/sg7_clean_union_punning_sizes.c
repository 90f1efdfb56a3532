// EXPECT: none
// Unions whose members have different sizes: writing the big member and
// reading the small one, writing the small one and reading the whole
// union's bytes, a union array indexed to its last element, and a global
// union read through every member.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
union Value {
  uint8_t b;
  uint16_t h;
  uint32_t w;
  double d;
  char text[12];
};
static union Value g_vals[3];
__attribute__((noinline)) static uint32_t mix(const union Value *v) {
  uint32_t r = v->b + v->h + v->w;
  unsigned char raw[sizeof *v];
  memcpy(raw, v, sizeof *v);
  return r + raw[sizeof *v - 1];
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  union Value a;
  memset(&a, 0, sizeof a);
  a.d = n * 1.5;
  uint32_t s = mix(&a);
  a.b = (uint8_t)argc;
  s += mix(&a);
  snprintf(a.text, sizeof a.text, "%d-%d", n, argc);
  s += mix(&a) + (unsigned char)a.text[sizeof a.text - 1];
  union Value arr[4];
  memset(arr, 0, sizeof arr);
  for (int i = 0; i < 4; i++) arr[i].w = (uint32_t)(i * n);
  s += mix(&arr[3]);
  for (int i = 0; i < 3; i++) {
    g_vals[i].h = (uint16_t)(n + i);
    s += mix(&g_vals[i]);
  }
  printf("%u\n", s);
  return 0;
}
