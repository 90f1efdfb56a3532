// EXPECT: stack-buffer-overflow
// A WAV file inspector: writes a small RIFF/WAVE file, then walks its chunks. Unknown chunks'
// payloads are read into a fixed 64-byte stack buffer to be hexdumped, with fread sized by the
// chunk's own length field instead of the buffer size; a LIST chunk longer than 64 bytes overruns it.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put32(FILE *f, uint32_t v) { for (int i = 0; i < 4; i++) fputc((int)(v >> (8 * i) & 0xff), f); }
static void put16(FILE *f, uint16_t v) { fputc(v & 0xff, f); fputc(v >> 8, f); }
static uint32_t get32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

static void write_wav(const char *path, int seconds_tenths, const char *artist) {
  FILE *f = fopen(path, "wb");
  uint32_t samples = (uint32_t)seconds_tenths * 800;
  char info[128];
  int ilen = snprintf(info, sizeof info, "INFOIART%c%c%c%c%s and the %s orchestra", 0, 0, 0, 0, artist, artist);
  if (ilen & 1) info[ilen++] = 0;
  fwrite("RIFF", 1, 4, f);
  put32(f, 4 + 8 + 16 + 8 + (uint32_t)ilen + 8 + samples * 2);
  fwrite("WAVEfmt ", 1, 8, f);
  put32(f, 16);
  put16(f, 1); put16(f, 1); put32(f, 8000); put32(f, 16000); put16(f, 2); put16(f, 16);
  fwrite("LIST", 1, 4, f);
  put32(f, (uint32_t)ilen);
  fwrite(info, 1, (size_t)ilen, f);
  fwrite("data", 1, 4, f);
  put32(f, samples * 2);
  for (uint32_t i = 0; i < samples; i++) put16(f, (uint16_t)(i * 37));
  fclose(f);
}

int main(int argc, char **argv) {
  int tenths = argc > 1 ? atoi(argv[1]) : 10;
  const char *artist = argc > 2 ? argv[2] : "someone";
  write_wav("tone.wav", tenths, artist);
  FILE *f = fopen("tone.wav", "rb");
  if (!f) return 1;
  unsigned char hdr[12];
  if (fread(hdr, 1, 12, f) != 12 || memcmp(hdr, "RIFF", 4) || memcmp(hdr + 8, "WAVE", 4)) return 1;
  unsigned channels = 0, rate = 0, bits = 0;
  uint32_t data_bytes = 0;
  unsigned char ch[8];
  while (fread(ch, 1, 8, f) == 8) {
    uint32_t len = get32(ch + 4);
    if (memcmp(ch, "fmt ", 4) == 0) {
      unsigned char fmt[16];
      if (len < 16 || fread(fmt, 1, 16, f) != 16) return 1;
      channels = fmt[2] | fmt[3] << 8;
      rate = get32(fmt + 4);
      bits = fmt[14] | fmt[15] << 8;
      fseek(f, (long)(len - 16), SEEK_CUR);
    } else if (memcmp(ch, "data", 4) == 0) {
      data_bytes = len;
      fseek(f, (long)len, SEEK_CUR);
    } else {
      unsigned char payload[64];
      size_t got = fread(payload, 1, len, f); // BUG
      printf("chunk %.4s, %u bytes:", (const char *)ch, len);
      for (size_t i = 0; i < got && i < 16; i++) printf(" %02x", payload[i]);
      printf("\n");
    }
    if (len & 1) fseek(f, 1, SEEK_CUR);
  }
  fclose(f);
  remove("tone.wav");
  printf("%u ch, %u Hz, %u bits, %.2f s\n", channels, rate, bits,
         rate && channels && bits ? data_bytes / (double)(rate * channels * bits / 8) : 0.0);
  return 0;
}
