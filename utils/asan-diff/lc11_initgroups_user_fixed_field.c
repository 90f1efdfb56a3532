// EXPECT: heap-buffer-overflow
// A privilege-dropping helper copies the target user name into a
// fixed 8-byte field with strncpy; "builduser" is 9 characters, so the
// field is not terminated and initgroups reads past the record.
#define _GNU_SOURCE
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct drop_req {
  gid_t gid;
  char user[8];
};

int main(int argc, char **argv) {
  struct drop_req *req = malloc(sizeof *req);
  req->gid = (gid_t)atoi(argv[1]);
  strncpy(req->user, argc > 1 ? "builduser" : "nobody", sizeof req->user);
  int rc = initgroups(req->user, req->gid); // BUG
  printf("%d\n", rc);
  free(req);
  return 0;
}
