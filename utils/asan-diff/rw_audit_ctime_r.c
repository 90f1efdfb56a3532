// EXPECT: stack-buffer-overflow
// An audit trail formatter: each event gets a timestamp from ctime_r. The timestamp buffer is
// 24 bytes, "enough for the date", but ctime_r writes the 24 characters plus a newline and
// the terminator (26 bytes), overrunning it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct event {
  time_t when;
  const char *user;
  const char *action;
};

static void format_event(const struct event *e, char *out, size_t outsz) {
  char stamp[24];
  ctime_r(&e->when, stamp); // BUG
  stamp[strcspn(stamp, "\n")] = '\0';
  snprintf(out, outsz, "%s %-8s %s", stamp, e->user, e->action);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static const char *actions[] = { "login", "read /etc/app.conf", "write /var/log/app", "logout" };
  char users[4][8];
  for (int i = 0; i < 4; i++) snprintf(users[i], sizeof users[i], "%.5s", alpha + i * 3);
  struct event ev[32];
  if (n > 32) n = 32;
  for (int i = 0; i < n; i++) {
    ev[i].when = (time_t)1700000000 + (time_t)i * 3671;
    ev[i].user = users[i % 4];
    ev[i].action = actions[i % 4];
  }
  char line[128];
  for (int i = 0; i < n; i++) {
    format_event(&ev[i], line, sizeof line);
    puts(line);
  }
  return 0;
}
