// EXPECT: stack-buffer-overflow
// Upgrading a saved settings block: the v1 struct (24 bytes) the loader
// filled is copied into a v2 struct with memcpy(out, in, sizeof *out), the
// size of the newer, larger type, so 8 bytes past the caller's local v1
// are read.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct settings_v1 { uint32_t magic, version; uint32_t width, height; double scale; };
struct settings_v2 { uint32_t magic, version; uint32_t width, height; double scale;
                     uint32_t flags, dpi; };

__attribute__((noinline)) static void load_v1(struct settings_v1 *s, int seed) {
  s->magic = 0x53455431;
  s->version = 1;
  s->width = 640 + seed;
  s->height = 480;
  s->scale = 1.5;
}

__attribute__((noinline)) static void upgrade(struct settings_v2 *out,
                                              const struct settings_v1 *in) {
  memcpy(out, in, sizeof *out); // BUG
  out->version = 2;
}

int main(int argc, char **argv) {
  struct settings_v1 v1;
  struct settings_v2 v2;
  load_v1(&v1, argc);
  upgrade(&v2, &v1);
  v2.flags |= atoi(argv[1]);
  printf("%ux%u scale %.1f flags %u\n", v2.width, v2.height, v2.scale, v2.flags);
  return 0;
}
