// EXPECT: none
// A custom printf conversion registered with register_printf_specifier:
// %V prints a struct Vec3 passed by pointer. glibc calls the handler with
// a struct printf_info and the argument array that live on vfprintf's own
// stack; the handler formats into a local buffer with snprintf of exact
// size and writes with fputs. It is used through printf, fprintf to a
// memstream, snprintf into exact-size local arrays, and from a thread.
#define _GNU_SOURCE
#include <printf.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma clang diagnostic ignored "-Wformat"

struct Vec3 {
  double x, y, z;
};

static int vec_arginfo(const struct printf_info *info, size_t n, int *argtypes, int *size) {
  (void)info;
  (void)size;
  if (n > 0) argtypes[0] = PA_POINTER;
  return 1;
}

static int vec_output(FILE *stream, const struct printf_info *info, const void *const *args) {
  const struct Vec3 *v = *(const struct Vec3 *const *)args[0];
  char buf[96];
  int prec = info->prec >= 0 ? info->prec : 2;
  int n = snprintf(buf, sizeof buf, "(%.*f, %.*f, %.*f)", prec, v->x, prec, v->y, prec, v->z);
  if (n < 0) return -1;
  if (n >= (int)sizeof buf) n = (int)sizeof buf - 1;
  int pad = info->width > n ? info->width - n : 0;
  for (int i = 0; i < pad && !info->left; i++) fputc(' ', stream);
  fputs(buf, stream);
  for (int i = 0; i < pad && info->left; i++) fputc(' ', stream);
  return n + pad;
}

static void *thread_body(void *arg) {
  struct Vec3 v = {1.5, -2.25, (double)(long)arg};
  char out[64];
  int n = snprintf(out, sizeof out, "[%-30V]", &v);
  return (void *)(long)(n + out[1]);
}

int main(int argc, char **argv) {
  int k = argc > 1 ? atoi(argv[1]) : 10;
  register_printf_specifier('V', vec_output, vec_arginfo);
  struct Vec3 pts[4] = {{0, 0, 0}, {1, 2, 3}, {-1.125, 4.5, 1e3}, {k, k * 2, k * 3}};
  printf("%V|%.1V|%40V|\n", &pts[0], &pts[1], &pts[2]);
  char *mem = NULL;
  size_t memlen = 0;
  FILE *ms = open_memstream(&mem, &memlen);
  for (int i = 0; i < 4 * k; i++) fprintf(ms, "%d:%.3V;", i, &pts[i % 4]);
  fclose(ms);
  char exact[32];
  int need = snprintf(NULL, 0, "%.0V", &pts[3]);
  int got = snprintf(exact, (size_t)need + 1 <= sizeof exact ? (size_t)need + 1 : sizeof exact,
                     "%.0V", &pts[3]);
  pthread_t t;
  void *r;
  pthread_create(&t, NULL, thread_body, (void *)(long)k);
  pthread_join(t, &r);
  printf("%zu %d %d %s %ld\n", memlen, need, got, exact, (long)r);
  free(mem);
  return 0;
}
