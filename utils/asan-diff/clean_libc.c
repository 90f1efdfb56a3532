// EXPECT: none
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <wchar.h>
char g[64];
int main(void) {
  char b[32]; snprintf(b, sizeof b, "%s-%d", "abc", 42); strcpy(g, b); strcat(g, "xyz");
  char w[16]; sscanf("hello world", "%15s", w); wchar_t ws[8]; wcscpy(ws, L"abc");
  char *tok = strtok(g, "-"); long v = strtol("123", 0, 10);
  printf("%s %s %s %ld %zu %d\n", b, w, tok, v, strlen(g), (int)wcslen(ws)); return 0; }
