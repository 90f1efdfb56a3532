// EXPECT: none
// iconv_open with charset names in heap strings, conversions UTF-8 to
// UTF-16LE and ISO-8859-1 through a small output buffer (E2BIG, resumed),
// iconv_close; newlocale/uselocale/duplocale/freelocale with a locale name
// on the heap; textdomain, bindtextdomain and bind_textdomain_codeset with
// heap names and gettext falling back to the message; catopen of a
// missing catalogue; setmntent on /proc/mounts with getmntent and
// hasmntopt.
#define _GNU_SOURCE
#include <iconv.h>
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <mntent.h>
#include <nl_types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t convert(const char *to, const char *in, size_t len) {
  char *from = strdup("UTF-8"), *tocode = strdup(to);
  iconv_t cd = iconv_open(tocode, from);
  free(from);
  free(tocode);
  if (cd == (iconv_t)-1)
    return 0;
  char *src = (char *)in;
  size_t left = len, total = 0;
  char out[7];
  while (left > 0) {
    char *dst = out;
    size_t room = sizeof out;
    size_t r = iconv(cd, &src, &left, &dst, &room);
    total += sizeof out - room;
    if (r == (size_t)-1 && dst == out)
      break; // not E2BIG progress: stop
  }
  iconv_close(cd);
  return total;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  char *text = malloc((size_t)n * 40 + 1);
  text[0] = 0;
  for (int i = 0; i < n; ++i) {
    strcat(text, "caf\xc3\xa9 ");
    strncat(text, alpha, (size_t)(i + 1));
  }
  size_t len = strlen(text);
  size_t u16 = convert("UTF-16LE", text, len);
  size_t latin = convert("ISO-8859-1", text, len);
  free(text);

  char *cname = strdup("C");
  locale_t loc = newlocale(LC_ALL_MASK, cname, (locale_t)0);
  free(cname);
  int locok = 0;
  if (loc) {
    locale_t dup = duplocale(loc);
    locale_t old = uselocale(dup);
    locok = strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968") == 0;
    uselocale(old);
    freelocale(dup);
    freelocale(loc);
  }
  char *dom = strdup("clean5domain"), *dir = strdup("./locale");
  textdomain(dom);
  bindtextdomain(dom, dir);
  bind_textdomain_codeset(dom, "UTF-8");
  const char *msg = gettext("untranslated message");
  int same = strcmp(msg, "untranslated message") == 0;
  textdomain("messages");
  free(dom);
  free(dir);
  nl_catd cat = catopen("clean5-missing-catalogue", NL_CAT_LOCALE);
  int catmissing = cat == (nl_catd)-1;
  if (!catmissing)
    catclose(cat);
  int mounts = 0, rw = 0;
  FILE *m = setmntent("/proc/mounts", "r");
  if (m) {
    struct mntent *e;
    while ((e = getmntent(m)) != NULL) {
      ++mounts;
      rw += hasmntopt(e, "rw") != NULL;
    }
    endmntent(m);
  }
  printf("u16 %zu latin %zu locale %d same %d catmissing %d mounts %d\n", u16,
         latin, locok, same, catmissing, mounts > 0 && rw <= mounts);
  return 0;
}
