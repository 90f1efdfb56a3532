// EXPECT: heap-buffer-overflow
// packet_new sizes the flexible array as if the struct already held one sample (sizeof + (n-1) * elem); the last sample is written past the block
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sample {
  uint32_t ts;
  int16_t value;
  uint16_t flags;
};

struct packet {
  uint16_t channel;
  uint16_t count;
  uint32_t seq;
  struct sample samples[];   /* flexible: sizeof(struct packet) holds none */
};

static struct packet *packet_new(uint16_t channel, uint16_t count, uint32_t seq) {
  struct packet *p = malloc(sizeof *p + (count - 1) * sizeof(struct sample));
  p->channel = channel;
  p->count = count;
  p->seq = seq;
  return p;
}

static void packet_fill(struct packet *p, const char *src, size_t sl) {
  for (uint16_t i = 0; i < p->count; i++) {
    struct sample s;
    s.ts = p->seq * 1000u + i * 10u;
    s.value = (int16_t)((src[(p->seq + i) % sl] - 'A') * 100 - 1200);
    s.flags = (uint16_t)(s.value < 0);
    p->samples[i] = s; // BUG
  }
}

static uint32_t crc32_bytes(const void *data, size_t n) {
  const uint8_t *b = data;
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < n; i++) {
    c ^= b[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
  }
  return ~c;
}

struct summary {
  long sum;
  int negatives;
  int16_t minv, maxv;
};

static void summarize(const struct packet *p, struct summary *s) {
  for (uint16_t i = 0; i < p->count; i++) {
    int16_t v = p->samples[i].value;
    s->sum += v;
    s->negatives += p->samples[i].flags;
    if (v < s->minv) s->minv = v;
    if (v > s->maxv) s->maxv = v;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *src = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t sl = strlen(src);
  struct summary s = {0, 0, INT16_MAX, INT16_MIN};
  uint32_t crc = 0;
  for (int k = 0; k < 4; k++) {
    struct packet *p = packet_new((uint16_t)(k % 2), (uint16_t)(n + k), (uint32_t)k);
    packet_fill(p, src, sl);
    summarize(p, &s);
    crc ^= crc32_bytes(p->samples, sizeof(struct sample) * (p->count - 1));
    free(p);
  }
  printf("sum=%ld neg=%d min=%d max=%d crc=%08x\n", s.sum, s.negatives, s.minv, s.maxv, crc);
  return 0;
}
