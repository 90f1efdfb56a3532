// EXPECT: heap-buffer-overflow
// Parses a private passwd-format file with fgetpwent_r. The string buffer
// is a 48-byte allocation, but the call passes the recommended size
// from sysconf-less folklore (1024); a long GECOS field lands past it.
#define _GNU_SOURCE
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PWBUF_SIZE 1024

int main(int argc, char **argv) {
  FILE *f = fopen("passwd.test", "w");
  fprintf(f, "svc:x:990:990:Service account for the nightly %s builder:/var/lib/svc:/bin/false\n",
          argv[2]);
  fclose(f);
  f = fopen("passwd.test", "r");
  struct passwd pw, *res = NULL;
  char *buf = malloc(48);
  int rc = fgetpwent_r(f, &pw, buf, PWBUF_SIZE, &res); // BUG
  if (rc == 0 && res)
    printf("%s %u\n", res->pw_name, (unsigned)res->pw_uid);
  fclose(f);
  free(buf);
  return 0;
}
