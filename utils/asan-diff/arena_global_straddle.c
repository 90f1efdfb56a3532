// EXPECT: global-buffer-overflow
// the arena's full check tests the block's start, not its end: the last block handed out runs past the global array
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_SIZE 2048
static _Alignas(16) unsigned char arena[ARENA_SIZE];
static size_t arena_used;
static int arena_fallbacks;

struct overflow_block { struct overflow_block *next; };
static struct overflow_block *overflow_list;

static void *arena_alloc(size_t n, size_t align) {
  size_t off = (arena_used + align - 1) & ~(align - 1);
  if (off > ARENA_SIZE) {
    /* Full: hand out a malloc'ed block, remembered for arena_reset. */
    struct overflow_block *b = malloc(sizeof *b + n);
    b->next = overflow_list;
    overflow_list = b;
    arena_fallbacks++;
    return b + 1;
  }
  arena_used = off + n;
  return arena + off;
}

static void arena_reset(void) {
  while (overflow_list) {
    struct overflow_block *b = overflow_list;
    overflow_list = b->next;
    free(b);
  }
  arena_used = 0;
  arena_fallbacks = 0;
}

/* Interned strings: a small open hash of pointers into the arena. */
#define INTERN_SLOTS 128
static const char *intern_tab[INTERN_SLOTS];
static int interned;

static uint32_t hash_str(const char *s, size_t n) {
  uint32_t h = 5381;
  for (size_t i = 0; i < n; i++) h = h * 33 + (unsigned char)s[i];
  return h;
}

static const char *intern_n(const char *s, size_t n) {
  uint32_t h = hash_str(s, n) % INTERN_SLOTS;
  while (intern_tab[h]) {
    if (strncmp(intern_tab[h], s, n) == 0 && intern_tab[h][n] == '\0') return intern_tab[h];
    h = (h + 1) % INTERN_SLOTS;
  }
  char *copy = arena_alloc(n + 1, 1);
  memcpy(copy, s, n); // BUG
  copy[n] = '\0';
  intern_tab[h] = copy;
  interned++;
  return copy;
}

static const char *intern(const char *s) { return intern_n(s, strlen(s)); }

enum sym_kind { SYM_FUNC, SYM_DATA, SYM_BSS };

struct symbol {
  const char *name;
  const char *section;
  uint64_t addr;
  uint32_t size;
  enum sym_kind kind;
  struct symbol *next;
};

static struct symbol *symbols;
static int nsymbols;

static struct symbol *add_symbol(const char *name, const char *section, uint64_t addr, uint32_t size,
                                 enum sym_kind kind) {
  struct symbol *s = arena_alloc(sizeof *s, _Alignof(struct symbol));
  s->name = intern(name);
  s->section = intern(section);
  s->addr = addr;
  s->size = size;
  s->kind = kind;
  s->next = symbols;
  symbols = s;
  nsymbols++;
  return s;
}

/* One line of a map file: "<section> <addr-hex> <size> <name>" */
static int parse_map_line(const char *line) {
  char section[32], name[96];
  unsigned long long addr;
  unsigned size;
  if (sscanf(line, "%31s %llx %u %95s", section, &addr, &size, name) != 4) return 0;
  enum sym_kind k = strcmp(section, ".text") == 0 ? SYM_FUNC : strcmp(section, ".bss") == 0 ? SYM_BSS : SYM_DATA;
  add_symbol(name, section, addr, size, k);
  return 1;
}

static const struct symbol *find_by_addr(uint64_t addr) {
  for (const struct symbol *s = symbols; s; s = s->next)
    if (addr >= s->addr && addr < s->addr + s->size) return s;
  return NULL;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "XYZ";
  static const char *sections[] = { ".text", ".data", ".bss", ".rodata" };
  char line[160];
  int parsed = 0;
  uint64_t addr = 0x401000;

  for (int pass = 0; pass < 2; pass++) {
    for (int i = 0; i < rounds * 5; i++) {
      int len = 3 + (i * 7) % 20;
      char name[64];
      int k = snprintf(name, sizeof name, "%s_", i % 3 ? "module" : "fn");
      for (int j = 0; j < len && k < (int)sizeof name - 4; j++) name[k++] = letters[(i + j) % 26];
      snprintf(name + k, sizeof name - k, "_%d", i % 17);
      unsigned size = 16u + (unsigned)((i * 37) % 200);
      snprintf(line, sizeof line, "%s %llx %u %s", sections[i % 4], (unsigned long long)addr, size, name);
      parsed += parse_map_line(line);
      addr += size;
    }
    const struct symbol *hit = find_by_addr(0x401000 + 1234);
    printf("pass %d: %d symbols, %d strings, arena %zu/%d bytes, %d fallbacks, 0x%llx in %s\n", pass,
           nsymbols, interned, arena_used, ARENA_SIZE, arena_fallbacks,
           (unsigned long long)(0x401000 + 1234), hit ? hit->name : "?");
  }

  size_t text = 0, data = 0, bss = 0;
  for (const struct symbol *s = symbols; s; s = s->next) {
    if (s->kind == SYM_FUNC) text += s->size;
    else if (s->kind == SYM_BSS) bss += s->size;
    else data += s->size;
  }
  const char *longest = "";
  for (int i = 0; i < INTERN_SLOTS; i++)
    if (intern_tab[i] && strlen(intern_tab[i]) > strlen(longest)) longest = intern_tab[i];
  printf("parsed %d: text %zu data %zu bss %zu, longest name %s\n", parsed, text, data, bss, longest);
  arena_reset();
  return 0;
}
