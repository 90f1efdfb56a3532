// EXPECT: stack-buffer-overflow
// a tar header lister copies each fixed-width octal field into a local of exactly the field's width and hands it to strtol; a field with no NUL or space terminator is read past
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tar_hdr {
  char name[100];
  char mode[8];
  char uid[8];
  char gid[8];
  char size[12];
  char mtime[12];
  char chksum[8];
  char typeflag;
  char linkname[100];
  char magic[6];
};

static unsigned long field_octal(const char *f, size_t width) {
  char tmp[12];
  if (width > sizeof tmp) width = sizeof tmp;
  memcpy(tmp, f, width);
  return (unsigned long)strtol(tmp, NULL, 8); // BUG
}

static unsigned header_sum(const struct tar_hdr *h) {
  const unsigned char *p = (const unsigned char *)h;
  unsigned s = 0;
  for (size_t i = 0; i < sizeof *h; i++)
    s += (i >= offsetof(struct tar_hdr, chksum) && i < offsetof(struct tar_hdr, chksum) + 8) ? ' ' : p[i];
  return s;
}

static void make_header(struct tar_hdr *h, const char *name, unsigned long size, int gnu_style) {
  memset(h, 0, sizeof *h);
  snprintf(h->name, sizeof h->name, "%s", name);
  snprintf(h->mode, sizeof h->mode, "%07o", 0644);
  snprintf(h->uid, sizeof h->uid, "%07o", 1000);
  snprintf(h->gid, sizeof h->gid, "%07o", 1000);
  if (gnu_style) {
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%012lo", size); /* all 12 digits, no terminator */
    memcpy(h->size, tmp, 12);
  } else {
    snprintf(h->size, sizeof h->size, "%011lo", size);
  }
  snprintf(h->mtime, sizeof h->mtime, "%011lo", 1700000000ul);
  h->typeflag = '0';
  memcpy(h->magic, "ustar", 6);
  snprintf(h->chksum, sizeof h->chksum, "%06o", header_sum(h));
}

/* 0644 -> "rw-r--r--" */
static void mode_string(unsigned long mode, char out[10]) {
  static const char rwx[] = "rwx";
  for (int i = 0; i < 9; i++) out[i] = (mode >> (8 - i) & 1) ? rwx[i % 3] : '-';
  out[9] = '\0';
}

static unsigned long blocks_for(unsigned long size) { return (size + 511) / 512; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 3;
  const char *base = argc > 2 ? argv[2] : "file";
  struct tar_hdr *hdrs = calloc((size_t)n, sizeof *hdrs);
  for (int i = 0; i < n; i++) {
    char name[64];
    snprintf(name, sizeof name, "%.*s.dat", 1 + i % 8, base);
    make_header(&hdrs[i], name, (unsigned long)(i + 1) * 4096ul * (unsigned long)strlen(base),
                i == n - 1);
  }
  unsigned long total = 0;
  for (int i = 0; i < n; i++) {
    const struct tar_hdr *h = &hdrs[i];
    unsigned long mode = field_octal(h->mode, sizeof h->mode);
    unsigned long size = field_octal(h->size, sizeof h->size);
    unsigned long sum = field_octal(h->chksum, sizeof h->chksum);
    total += size;
    char ms[10];
    mode_string(mode, ms);
    printf("%s %10lu %-16s %s\n", ms, size, h->name, sum == header_sum(h) ? "ok" : "BAD");
  }
  unsigned long blocks = (unsigned long)n;
  for (int i = 0; i < n; i++) blocks += blocks_for(field_octal(hdrs[i].size, sizeof hdrs[i].size));
  printf("%d entries, %lu bytes, %lu blocks\n", n, total, blocks + 2);
  free(hdrs);
  return 0;
}
