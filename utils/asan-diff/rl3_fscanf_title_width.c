// EXPECT: global-buffer-overflow
// a document header reader scans the title line with a field width left over from when TITLE_MAX was 64; the title buffer is now 40 bytes
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TITLE_MAX 40
#define STR_(x) #x
#define STR(x) STR_(x)
#define OLD_TITLE_WIDTH 63

struct doc_header {
  int version;
  int line_count;
  long bytes;
};

static char g_title[TITLE_MAX];
static char g_subtitle[TITLE_MAX];
static struct doc_header g_hdr;

static int read_header(FILE *f, char *title, char *subtitle) {
  int got = fscanf(f, "%" STR(OLD_TITLE_WIDTH) "[^\n]%*c", title); // BUG
  if (got != 1) return -1;
  got = fscanf(f, "%" STR(OLD_TITLE_WIDTH) "[^\n]%*c", subtitle);
  return got == 1 ? 2 : 1;
}

static void count_rest(FILE *f) {
  int c;
  while ((c = fgetc(f)) != EOF) {
    g_hdr.bytes++;
    if (c == '\n') g_hdr.line_count++;
  }
}

static void title_case(char *s) {
  int start = 1;
  for (; *s; s++) {
    if (start && *s >= 'a' && *s <= 'z') *s = (char)(*s - 'a' + 'A');
    start = *s == ' ';
  }
}

static int word_count(const char *s) {
  int n = 0, in = 0;
  for (; *s; s++) {
    if (*s == ' ' || *s == '\t') in = 0;
    else if (!in) { in = 1; n++; }
  }
  return n;
}

/* "A Very Long Title" -> "a-very-long-title", cut at cap - 1 */
static void slug(const char *title, char *out, size_t cap) {
  size_t o = 0;
  int dash = 0;
  for (const char *p = title; *p && o + 1 < cap; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) { out[o++] = *p; dash = 0; }
    else if (*p >= 'A' && *p <= 'Z') { out[o++] = (char)(*p - 'A' + 'a'); dash = 0; }
    else if (!dash && o > 0) { out[o++] = '-'; dash = 1; }
  }
  while (o > 0 && out[o - 1] == '-') o--;
  out[o] = '\0';
}

int main(int argc, char **argv) {
  int version = argc > 1 ? atoi(argv[1]) : 1;
  const char *author = argc > 2 ? argv[2] : "anonymous";
  FILE *f = fopen("long.txt", "r");
  if (!f) {
    perror("long.txt");
    return 1;
  }
  g_hdr.version = version;
  int fields = read_header(f, g_title, g_subtitle);
  count_rest(f);
  fclose(f);
  if (fields < 1) return 1;
  title_case(g_title);
  printf("v%d \"%.*s\" by %.8s, %d header fields, %d more lines (%ld bytes)\n", g_hdr.version,
         TITLE_MAX, g_title, author, fields, g_hdr.line_count, g_hdr.bytes);
  if (fields > 1) printf("subtitle: %s\n", g_subtitle);
  char s[32];
  slug(g_title, s, sizeof s);
  printf("%d words, slug %s\n", word_count(g_title), s);
  return 0;
}
