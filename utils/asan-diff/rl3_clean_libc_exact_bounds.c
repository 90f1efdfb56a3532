// EXPECT: none
// libc calls at their exact limits: sscanf widths one less than the buffer, strncpy of a string that exactly fills its field plus an explicit NUL, snprintf truncation, strnlen/memchr/%.*s on unterminated fields, asctime_r/ctime_r into 26 bytes, inet_ntop into INET6_ADDRSTRLEN, regexec with nmatch = re_nsub + 1, strftime into an exact buffer
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct record {
  char key[8];   /* not NUL-terminated when full */
  char value[16];
  int n;
};

static size_t field_len(const char *f, size_t width) { return strnlen(f, width); }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 3;
  const char *word = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t wl = strlen(word);

  /* fixed-width fields filled exactly */
  struct record *recs = calloc((size_t)n, sizeof *recs);
  for (int i = 0; i < n; i++) {
    memcpy(recs[i].key, word + (size_t)i % (wl - 7), sizeof recs[i].key);
    strncpy(recs[i].value, word, sizeof recs[i].value - 1);
    recs[i].value[sizeof recs[i].value - 1] = '\0';
    recs[i].n = i;
  }
  size_t klen = 0;
  for (int i = 0; i < n; i++) {
    klen += field_len(recs[i].key, sizeof recs[i].key);
    const char *hit = memchr(recs[i].key, 'Z', sizeof recs[i].key);
    printf("%.*s %s %s\n", (int)sizeof recs[i].key, recs[i].key, recs[i].value, hit ? "Z" : "-");
  }

  /* sscanf with widths exactly one less than the buffers */
  char a[8], b[16];
  int k = 0;
  char line[128];
  snprintf(line, sizeof line, "%s=%s;%d", word, word + 3, n);
  char line2[64];
  snprintf(line2, sizeof line2, "%.7s=%.15s;%d", word, word + 3, n);
  if (sscanf(line2, "%7[^=]=%15[^;];%d", a, b, &k) == 3) printf("a=%s b=%s k=%d\n", a, b, k);

  /* snprintf truncating at exactly the buffer size */
  char small[10];
  int want = snprintf(small, sizeof small, "%s", word);
  printf("truncated %d -> %zu: %s\n", want, strlen(small), small);

  /* time formatting into exact buffers */
  time_t t = (time_t)1700000000 + n * 86400;
  struct tm tm;
  gmtime_r(&t, &tm);
  char at[26], ct[26];
  asctime_r(&tm, at);
  ctime_r(&t, ct);
  char day[11]; /* "YYYY-MM-DD" + NUL */
  size_t dl = strftime(day, sizeof day, "%Y-%m-%d", &tm);
  printf("%s %zu %.24s\n", day, dl, at);
  (void)ct;

  /* an IPv6 address into exactly INET6_ADDRSTRLEN bytes */
  struct in6_addr v6;
  memset(&v6, 0xfe, sizeof v6);
  v6.s6_addr[15] = (unsigned char)n;
  char host[INET6_ADDRSTRLEN];
  if (inet_ntop(AF_INET6, &v6, host, sizeof host)) printf("host %s\n", host);
  struct in_addr v4 = {htonl(0xFFFFFFFFu)};
  char host4[INET_ADDRSTRLEN]; /* "255.255.255.255" fills it */
  if (inet_ntop(AF_INET, &v4, host4, sizeof host4)) printf("host4 %s (%zu)\n", host4, strlen(host4));

  /* regexec with exactly re_nsub + 1 matches */
  regex_t re;
  if (regcomp(&re, "^([A-Z]+)=([A-Z]+);([0-9]+)$", REG_EXTENDED) == 0) {
    regmatch_t m[4];
    if (re.re_nsub + 1 == 4 && regexec(&re, line, re.re_nsub + 1, m, 0) == 0)
      printf("groups: %.*s | %.*s | %.*s\n", (int)(m[1].rm_eo - m[1].rm_so), line + m[1].rm_so,
             (int)(m[2].rm_eo - m[2].rm_so), line + m[2].rm_so, (int)(m[3].rm_eo - m[3].rm_so),
             line + m[3].rm_so);
    regfree(&re);
  }

  /* strtol on a NUL-terminated copy of a full-width numeric field */
  char digits[12] = {0};
  memset(digits, '7', sizeof digits - 1);
  char *end;
  long v = strtol(digits, &end, 8);
  printf("octal %ld, consumed %td, klen %zu\n", v, end - digits, klen);
  free(recs);
  return 0;
}
