// EXPECT: global-buffer-overflow
// printf("%.*s") of a field whose offset+length pass the end of an unterminated global record.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char record[20];
int main(int argc, char **argv) {
  memcpy(record, argv[2], sizeof record);
  int off = 14, len = atoi(argv[1]);
  printf("field=%.*s;\n", len, record + off); // BUG
  return 0;
}
