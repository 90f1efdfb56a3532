// EXPECT: leak
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
int main(int argc, char **argv) { char *s = strdup(argv[0]); printf("%zu\n", strlen(s)); return 0; }
