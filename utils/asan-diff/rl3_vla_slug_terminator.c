// EXPECT: dynamic-stack-buffer-overflow
// a URL slug builder sizes a VLA by the source length, which is exact when no characters are dropped, leaving no byte for the terminator
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct post {
  int id;
  char title[96];
  char slug[64];
};

static size_t slugify_into(char *dst, const char *src) {
  size_t o = 0;
  int dash = 0;
  for (const char *p = src; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (isalnum(c)) {
      if (dash && o > 0) dst[o++] = '-';
      dst[o++] = (char)tolower(c);
      dash = 0;
    } else {
      dash = 1;
    }
  }
  return o;
}

static void make_slug(struct post *p) {
  size_t n = strlen(p->title);
  char tmp[n];
  size_t len = slugify_into(tmp, p->title);
  tmp[len] = '\0'; // BUG
  snprintf(p->slug, sizeof p->slug, "%d-%s", p->id, tmp);
}

static int unique_slugs(struct post *posts, int n) {
  int dup = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < i; j++)
      if (!strcmp(posts[i].slug, posts[j].slug)) dup++;
  return n - dup;
}

/* Makes slugs unique by appending -2, -3, ... to later duplicates. */
static void dedupe_slugs(struct post *posts, int n) {
  for (int i = 0; i < n; i++) {
    int copies = 1;
    for (int j = 0; j < i; j++)
      if (!strncmp(posts[i].slug, posts[j].slug, strlen(posts[i].slug))) copies++;
    if (copies == 1) continue;
    size_t len = strlen(posts[i].slug);
    char suffix[8];
    int sl = snprintf(suffix, sizeof suffix, "-%d", copies);
    if (len + (size_t)sl >= sizeof posts[i].slug) len = sizeof posts[i].slug - 1 - (size_t)sl;
    memcpy(posts[i].slug + len, suffix, (size_t)sl + 1);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 3;
  const char *word = argc > 2 ? argv[2] : "Hello";
  if (n > 16) n = 16;
  struct post *posts = calloc((size_t)n, sizeof *posts);
  for (int i = 0; i < n; i++) {
    posts[i].id = 100 + i;
    switch (i % 3) {
    case 0: snprintf(posts[i].title, sizeof posts[i].title, "%.*s, World!", 3 + i, word); break;
    case 1: snprintf(posts[i].title, sizeof posts[i].title, "  Release %d.%d  ", i, n); break;
    default: snprintf(posts[i].title, sizeof posts[i].title, "%s", word + i); break;
    }
  }
  for (int i = 0; i < n; i++) {
    make_slug(&posts[i]);
    printf("%-40s %s\n", posts[i].title, posts[i].slug);
  }
  printf("%d unique\n", unique_slugs(posts, n));
  dedupe_slugs(posts, n);
  printf("%d unique after dedupe\n", unique_slugs(posts, n));
  free(posts);
  return 0;
}
