// EXPECT: leak
// An object cache keeps released objects on a free list for reuse, and (like
// glibc's safe-linking) stores each "next" link mangled with a secret guard.
// The cache still owns every object at exit, but only the list head is a real
// pointer: LSan cannot follow the mangled links, so every cached object after
// the first is reported as leaked (with the name buffer each one owns).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct obj {
  uintptr_t next_mangled;
  char *name;
  int refs;
  int kind;
};

static const uintptr_t kGuard = 0x5bd1e9955bd1e995ULL;
static struct obj *g_free_head;
static int g_cached;

static uintptr_t mangle(struct obj *p) {
  uintptr_t v = (uintptr_t)p ^ kGuard;
  return (v << 17) | (v >> 47);
}
static struct obj *demangle(uintptr_t v) {
  v = (v >> 17) | (v << 47);
  return (struct obj *)(v ^ kGuard);
}

__attribute__((noinline)) static struct obj *obj_new(int kind, int n) {
  struct obj *o = g_free_head;
  if (o) {
    g_free_head = demangle(o->next_mangled);
    g_cached--;
  } else {
    o = malloc(sizeof *o);
    o->name = malloc((size_t)n + kind);
    memset(o->name, 'k', (size_t)n + kind);
  }
  o->refs = 1;
  o->kind = kind;
  return o;
}

__attribute__((noinline)) static void obj_release(struct obj *o) {
  if (--o->refs) return;
  o->next_mangled = g_free_head ? mangle(g_free_head) : 0;
  g_free_head = o;
  g_cached++;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static int churn(int n) {
  struct obj *live[16];
  int k = n < 16 ? n : 16;
  for (int i = 0; i < k; i++) live[i] = obj_new(i, n);
  int sum = 0;
  for (int i = 0; i < k; i++) sum += live[i]->kind + live[i]->name[0];
  for (int i = 0; i < k; i++) obj_release(live[i]);
  /* reuse two of them and give them back */
  struct obj *a = obj_new(1, n), *b = obj_new(2, n);
  sum += a->refs + b->refs;
  obj_release(a);
  obj_release(b);
  return sum;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int sum = churn(n);
  scrub();
  printf("sum %d cached %d head kind %d\n", sum, g_cached, g_free_head->kind);
  return 0;
}
