// EXPECT: global-buffer-overflow
// a file-type sniffer compares the first bytes against a signature table with memcmp; one row's length counts the bytes of a longer signature than its literal holds
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct signature {
  const char *name;
  const char *magic;
  size_t len;
  size_t offset;
};

static const struct signature kSigs[] = {
    {"png", "\x89PNG\r\n\x1a\n", 8, 0},
    {"gif", "GIF89a", 6, 0},
    {"zip", "PK\x03\x04", 4, 0},
    {"elf", "\x7f" "ELF", 4, 0},
    {"pdf", "%PDF-", 5, 0},
    {"gzip", "\x1f\x8b", 2, 0},
    {"tar", "ustar", 8, 257}, /* "ustar\0" "00": the POSIX form was shortened */
    {"text", "a ", 2, 0},
};

static const char *sniff(const unsigned char *buf, size_t n) {
  for (size_t i = 0; i < sizeof kSigs / sizeof kSigs[0]; i++) {
    const struct signature *s = &kSigs[i];
    if (s->offset + s->len > n) continue;
    if (memcmp(buf + s->offset, s->magic, s->len) == 0) return s->name; // BUG
  }
  return "data";
}

static size_t load(const char *path, unsigned char *buf, size_t cap) {
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  size_t n = fread(buf, 1, cap, f);
  fclose(f);
  return n;
}

struct ext_map {
  const char *ext;
  const char *type;
};

static const struct ext_map kExts[] = {
    {".png", "png"}, {".gif", "gif"}, {".zip", "zip"}, {".jar", "zip"}, {".so", "elf"},
    {".pdf", "pdf"}, {".gz", "gzip"}, {".tar", "tar"}, {".txt", "text"},
};

static const char *type_from_name(const char *name) {
  const char *dot = strrchr(name, '.');
  if (!dot) return "data";
  for (size_t i = 0; i < sizeof kExts / sizeof kExts[0]; i++)
    if (strcmp(dot, kExts[i].ext) == 0) return kExts[i].type;
  return "data";
}

/* Reports a file whose contents disagree with its extension. */
static int check_file(const char *name, const unsigned char *buf, size_t n) {
  const char *by_name = type_from_name(name);
  const char *by_data = sniff(buf, n);
  int ok = strcmp(by_name, by_data) == 0;
  printf("%-12s name=%-5s data=%-5s %s\n", name, by_name, by_data, ok ? "ok" : "MISMATCH");
  return ok;
}

int main(int argc, char **argv) {
  int pad = argc > 1 ? atoi(argv[1]) : 0;
  const char *extra = argc > 2 ? argv[2] : "xyz";
  unsigned char buf[600];
  size_t n = load("long.txt", buf, sizeof buf);
  printf("long.txt: %s (%zu bytes)\n", sniff(buf, n), n);
  /* a synthetic blob padded up to the tar header offset */
  memset(buf, 0, sizeof buf);
  size_t el = strlen(extra);
  for (size_t i = 0; i < 300 + (size_t)pad; i++) buf[i] = (unsigned char)extra[i % el];
  printf("blob: %s\n", sniff(buf, 300 + (size_t)pad));
  int bad = 0;
  bad += !check_file("archive.tar", buf, 300 + (size_t)pad);
  n = load("long.txt", buf, sizeof buf);
  bad += !check_file("long.txt", buf, n);
  printf("%d mismatches\n", bad);
  return 0;
}
