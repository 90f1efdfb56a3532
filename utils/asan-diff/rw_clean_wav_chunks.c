// EXPECT: none
// A RIFF/WAVE chunk walker that never trusts a length field: payloads are read into a fixed
// stack buffer with fread bounded by the buffer size and the rest skipped with fseek, chunk
// lengths are checked against the file size, and a chunk whose payload is exactly the
// buffer size fills it to the last byte.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void w32(FILE *f, uint32_t v) { for (int i = 0; i < 4; i++) fputc((int)(v >> 8 * i & 255), f); }
static uint32_t r32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

static long write_file(const char *path, int n, const char *text) {
  FILE *f = fopen(path, "wb");
  unsigned char meta[64];
  for (int i = 0; i < 64; i++) meta[i] = (unsigned char)text[i % 26];
  uint32_t samples = (uint32_t)n * 100;
  fwrite("RIFF", 1, 4, f);
  w32(f, 4 + 24 + 8 + 64 + 8 + 200 + 8 + samples * 2);
  fwrite("WAVEfmt ", 1, 8, f);
  w32(f, 16); w32(f, 0x00010001); w32(f, 8000); w32(f, 16000); w32(f, 0x00100002);
  fwrite("meta", 1, 4, f); w32(f, 64); fwrite(meta, 1, 64, f);       /* exactly the buffer */
  fwrite("LIST", 1, 4, f); w32(f, 200);                              /* longer than it */
  for (int i = 0; i < 200; i++) fputc(text[i % 26], f);
  fwrite("data", 1, 4, f); w32(f, samples * 2);
  for (uint32_t i = 0; i < samples; i++) { fputc((int)(i & 255), f); fputc((int)(i >> 8 & 255), f); }
  long size = ftell(f);
  fclose(f);
  return size;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long fsize = write_file("t.wav", n, text);
  FILE *f = fopen("t.wav", "rb");
  unsigned char h[12], ch[8], buf[64];
  if (!f || fread(h, 1, 12, f) != 12) return 1;
  int chunks = 0;
  unsigned long sum = 0;
  while (fread(ch, 1, 8, f) == 8) {
    uint32_t len = r32(ch + 4);
    long pos = ftell(f);
    if (pos + (long)len > fsize) { printf("chunk %.4s overruns the file\n", (char *)ch); break; }
    size_t want = len < sizeof buf ? len : sizeof buf;
    size_t got = fread(buf, 1, want, f);
    for (size_t i = 0; i < got; i++) sum += buf[i];
    fseek(f, pos + (long)len + (len & 1), SEEK_SET);
    printf("%.4s %6u bytes, read %zu, last byte %02x\n", (char *)ch, len, got, got ? buf[got - 1] : 0);
    chunks++;
  }
  fclose(f);
  remove("t.wav");
  printf("%d chunks, %ld bytes, sum %lu\n", chunks, fsize, sum);
  return 0;
}
