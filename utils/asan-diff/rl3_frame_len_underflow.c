// EXPECT: allocation-size-too-big
// a length-prefixed frame reader computes the body size as total length minus header size; a frame whose length field is smaller than the header wraps around to a huge malloc
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HDR 6

struct frame {
  uint8_t type;
  uint8_t flags;
  size_t body_len;
  unsigned char *body;
};

static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int read_frame(const unsigned char *buf, size_t avail, struct frame *f, size_t *used) {
  if (avail < HDR) return 0;
  size_t total = rd32(buf);
  f->type = buf[4];
  f->flags = buf[5];
  f->body_len = total - HDR;
  f->body = malloc(f->body_len); // BUG
  if (!f->body) return -1;
  size_t take = f->body_len < avail - HDR ? f->body_len : avail - HDR;
  memcpy(f->body, buf + HDR, take);
  *used = HDR + take;
  return 1;
}

static size_t put_frame(unsigned char *out, uint8_t type, const char *body, uint32_t len_field) {
  size_t bl = strlen(body);
  out[0] = (unsigned char)(len_field >> 24);
  out[1] = (unsigned char)(len_field >> 16);
  out[2] = (unsigned char)(len_field >> 8);
  out[3] = (unsigned char)len_field;
  out[4] = type;
  out[5] = 0;
  memcpy(out + HDR, body, bl);
  return HDR + bl;
}

static const char *type_name(uint8_t t) {
  switch (t) {
  case 1: return "data";
  case 2: return "ack";
  case 9: return "keepalive";
  default: return "unknown";
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 2;
  const char *text = argc > 2 ? argv[2] : "hello";
  unsigned char stream[512];
  size_t len = 0;
  char body[64];
  for (int i = 0; i < n % 4 + 1; i++) {
    snprintf(body, sizeof body, "%.*s", i + 3, text);
    len += put_frame(stream + len, 1, body, (uint32_t)(HDR + strlen(body)));
  }
  /* a keep-alive whose sender wrote only the body length */
  len += put_frame(stream + len, 9, "", (uint32_t)(n % 4));
  size_t off = 0;
  int frames = 0;
  while (off < len) {
    struct frame f;
    size_t used = 0;
    int r = read_frame(stream + off, len - off, &f, &used);
    if (r <= 0) break;
    unsigned sum = 0;
    for (size_t k = 0; k + HDR < used; k++) sum = sum * 33 + f.body[k];
    printf("frame %s, %zu body bytes, sum %08x\n", type_name(f.type), f.body_len, sum);
    free(f.body);
    off += used;
    frames++;
  }
  printf("%d frames, %zu bytes\n", frames, off);
  return 0;
}
