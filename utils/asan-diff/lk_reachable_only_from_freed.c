// EXPECT: leak
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct node { char *payload; struct node *next; };
__attribute__((noinline)) static void build_and_drop(void) {
  struct node *head = malloc(sizeof *head);
  head->payload = malloc(40);
  head->next = malloc(sizeof *head);
  head->next->payload = malloc(24);
  head->next->next = 0;
  strcpy(head->payload, "only reachable from a freed node");
  __asm__ volatile("" : : "r"(head) : "memory");
  free(head->next);
  free(head);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(void) {
  build_and_drop();
  scrub();
  printf("done\n");
  return 0;
}
