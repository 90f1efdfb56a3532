// EXPECT: leak
// A daemon publishes its mode to child processes with putenv() on a heap
// string. Each configuration reload builds a new "APP_MODE=..." string and
// putenv()s it: glibc replaces the environ entry in place, so the previous
// string is no longer referenced by anything and is leaked. The string of the
// last reload is still in environ (reachable), as are setenv()'s copies.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void publish_mode(const char *mode, int gen, int n) {
  size_t len = strlen("APP_MODE=") + strlen(mode) + (size_t)n + 8;
  char *s = malloc(len);
  snprintf(s, len, "APP_MODE=%s-%d", mode, gen);
  putenv(s); // BUG
}

__attribute__((noinline)) static void publish_pid_file(int gen) {
  char v[32];
  snprintf(v, sizeof v, "/run/app.%d.pid", gen);
  setenv("APP_PIDFILE", v, 1);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

/* glibc's AVX-512 memmove (growing environ) leaves copies of the entries in
   zmm16-31, which LSan scans with the exiting thread's registers. */
__attribute__((noinline, target("avx512f"))) static void clear_zmm_hi(void) {
  __asm__ volatile("vpxord %%zmm16, %%zmm16, %%zmm16\n\tvpxord %%zmm17, %%zmm17, %%zmm17\n\t"
                   "vpxord %%zmm18, %%zmm18, %%zmm18\n\tvpxord %%zmm19, %%zmm19, %%zmm19\n\t"
                   "vpxord %%zmm20, %%zmm20, %%zmm20\n\tvpxord %%zmm21, %%zmm21, %%zmm21\n\t"
                   "vpxord %%zmm22, %%zmm22, %%zmm22\n\tvpxord %%zmm23, %%zmm23, %%zmm23\n\t"
                   "vpxord %%zmm24, %%zmm24, %%zmm24\n\tvpxord %%zmm25, %%zmm25, %%zmm25\n\t"
                   "vpxord %%zmm26, %%zmm26, %%zmm26\n\tvpxord %%zmm27, %%zmm27, %%zmm27\n\t"
                   "vpxord %%zmm28, %%zmm28, %%zmm28\n\tvpxord %%zmm29, %%zmm29, %%zmm29\n\t"
                   "vpxord %%zmm30, %%zmm30, %%zmm30\n\tvpxord %%zmm31, %%zmm31, %%zmm31" ::: "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *modes[] = {"boot", "warm", "serve", "drain"};
  int reloads = n / 2;
  for (int g = 0; g < reloads; g++) {
    publish_mode(modes[g % 4], g, n + g);
    publish_pid_file(g);
  }
  scrub();
  printf("%s %s\n", getenv("APP_MODE"), getenv("APP_PIDFILE"));
  if (__builtin_cpu_supports("avx512f")) clear_zmm_hi();
  return 0;
}
