// EXPECT: global-buffer-overflow
// An array of user records; the lookup trusts a user id from the input as
// an index after checking only that it is non-negative, and reads the id
// field of the record past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user {
  int id;
  char name[12];
  unsigned flags;
};

struct user users[4] = {
    {100, "root", 1}, {101, "daemon", 0}, {102, "alice", 2}, {103, "bob", 2}};

static int user_id(int idx) {
  if (idx < 0) return -1;
  return users[idx].id; // BUG
}

int main(int argc, char **argv) {
  int idx = atoi(argv[1]) - 6 + (argc - 3) + 1; /* 4 */
  printf("%d %s\n", user_id(0), users[3].name);
  printf("%d\n", user_id(idx));
  return 0;
}
