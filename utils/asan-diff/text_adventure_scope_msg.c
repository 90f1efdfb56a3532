// EXPECT: stack-use-after-scope
// the library's look points msg at the block-scoped shelf buffer instead of copying it: msg is read after the block
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum room { HALL, LIBRARY, CELLAR, GARDEN, TOWER, VAULT, WON, LOST };
static const char *room_names[] = { "hall", "library", "cellar", "garden", "tower", "vault", "won", "lost" };

enum cmd { C_NORTH, C_SOUTH, C_EAST, C_WEST, C_UP, C_DOWN, C_TAKE, C_USE, C_LOOK, C_WAIT, C_BAD };

struct game {
  enum room room;
  int has_key, has_lamp, has_book, lamp_oil;
  int moves, score;
  char log[512];
  size_t loglen;
};

static void say(struct game *g, const char *msg) {
  size_t n = strlen(msg);
  if (g->loglen + n + 2 > sizeof g->log) g->loglen = 0; /* keep the tail only */
  memcpy(g->log + g->loglen, msg, n);
  g->loglen += n;
  g->log[g->loglen++] = '\n';
  g->log[g->loglen] = '\0';
}

static enum cmd parse_cmd(const char *word) {
  static const struct { const char *w; enum cmd c; } words[] = {
    { "n", C_NORTH }, { "north", C_NORTH }, { "s", C_SOUTH }, { "south", C_SOUTH }, { "e", C_EAST },
    { "east", C_EAST }, { "w", C_WEST }, { "west", C_WEST }, { "up", C_UP }, { "down", C_DOWN },
    { "take", C_TAKE }, { "use", C_USE }, { "look", C_LOOK }, { "wait", C_WAIT },
  };
  char lower[16];
  size_t i;
  for (i = 0; word[i] && i < sizeof lower - 1; i++) lower[i] = (char)tolower((unsigned char)word[i]);
  lower[i] = '\0';
  for (i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strcmp(words[i].w, lower) == 0) return words[i].c;
  return C_BAD;
}

/* One turn. Returns the message to show, copied into msgbuf. */
static const char *turn(struct game *g, enum cmd c, char *msgbuf, size_t cap) {
  const char *msg = "Nothing happens.";
  g->moves++;
  switch (g->room) {
  case HALL: {
    char desc[64];
    snprintf(desc, sizeof desc, "Hall (move %d): doors north and east, stairs down.", g->moves);
    if (c == C_NORTH) g->room = LIBRARY;
    else if (c == C_EAST) g->room = GARDEN;
    else if (c == C_DOWN) {
      if (!g->has_lamp) { msg = "Too dark to go down."; break; }
      g->room = CELLAR;
    } else if (c == C_LOOK) msg = strcpy(msgbuf, desc);
    break;
  }
  case LIBRARY: {
    char shelf[48];
    snprintf(shelf, sizeof shelf, "Shelves hold %d dusty books.", 3 + g->moves % 5);
    if (c == C_TAKE && !g->has_book) { g->has_book = 1; g->score += 10; msg = "You take a book."; }
    else if (c == C_SOUTH) g->room = HALL;
    else if (c == C_UP) g->room = TOWER;
    else if (c == C_LOOK) msg = shelf;
    break;
  }
  case GARDEN: {
    char weather[40];
    snprintf(weather, sizeof weather, "%s wind in the garden.", g->moves % 2 ? "A cold" : "A warm");
    if (c == C_TAKE && !g->has_lamp) { g->has_lamp = 1; g->lamp_oil = 12; msg = "You take the lamp."; }
    else if (c == C_WEST) g->room = HALL;
    else if (c == C_LOOK || c == C_WAIT) msg = strcpy(msgbuf, weather);
    break;
  }
  case CELLAR: {
    char drip[32];
    if (--g->lamp_oil <= 0) { g->room = LOST; msg = "The lamp dies. You are lost."; break; }
    snprintf(drip, sizeof drip, "Drip. Oil left: %d.", g->lamp_oil);
    if (c == C_TAKE && !g->has_key) { g->has_key = 1; g->score += 20; msg = "You find a key."; }
    else if (c == C_UP) g->room = HALL;
    else if (c == C_EAST && g->has_key) g->room = VAULT;
    else msg = strcpy(msgbuf, drip);
    break;
  }
  case TOWER:
    if (c == C_DOWN) g->room = LIBRARY;
    else if (c == C_USE && g->has_book) { g->score += 5; msg = "You read: the key is in the cellar."; }
    break;
  case VAULT:
    if (c == C_USE && g->has_key) { g->room = WON; g->score += 50; msg = "The vault opens!"; }
    else if (c == C_WEST) g->room = CELLAR;
    break;
  case WON:
  case LOST:
    break;
  }
  if (msg[0] == 'Y') g->score++; /* "You ..." messages earn a point */ // BUG
  if (msg != msgbuf) snprintf(msgbuf, cap, "%s", msg);
  return msgbuf;
}

static void inventory(const struct game *g, char *out, size_t cap) {
  size_t len = 0;
  const char *items[] = { g->has_key ? "key" : NULL, g->has_lamp ? "lamp" : NULL, g->has_book ? "book" : NULL };
  out[0] = '\0';
  for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
    if (!items[i]) continue;
    len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? ", " : "", items[i]);
    if (len >= cap) break;
  }
  if (!len) snprintf(out, cap, "nothing");
}

int main(int argc, char **argv) {
  int waits = argc > 1 ? atoi(argv[1]) % 4 : 2;
  const char *letters = argc > 2 ? argv[2] : "ABCDEFG";
  /* The scripted player; letters from argv become unknown words the parser rejects. */
  char script[40][12];
  int ns = 0;
  const char *plan[] = { "look", "e", "look", "take", "w", "n", "look", "take", "u", "use", "down", "s",
                         "down", "look", "take", "e", "use" };
  for (size_t i = 0; i < sizeof plan / sizeof plan[0]; i++) {
    if (i == 3) for (int k = 0; k < waits; k++) snprintf(script[ns++], sizeof script[0], "wait");
    if (i % 6 == 5) snprintf(script[ns++], sizeof script[0], "%.3s", letters + i);
    snprintf(script[ns++], sizeof script[0], "%s", plan[i]);
  }

  struct game g;
  memset(&g, 0, sizeof g);
  g.room = HALL;
  char msgbuf[96];
  int bad = 0;
  for (int i = 0; i < ns && g.room != WON && g.room != LOST; i++) {
    enum cmd c;
    int tries = 0;
  retry:
    c = parse_cmd(script[i]);
    if (c == C_BAD) {
      bad++;
      if (++tries < 2 && i + 1 < ns) { i++; goto retry; } /* the next word instead */
      continue;
    }
    enum room before = g.room;
    const char *msg = turn(&g, c, msgbuf, sizeof msgbuf);
    char line[160];
    snprintf(line, sizeof line, "[%s] %-5s -> %s: %s", room_names[before], script[i], room_names[g.room], msg);
    say(&g, line);
  }
  char inv[48];
  inventory(&g, inv, sizeof inv);
  printf("%s", g.log);
  printf("carrying %s (lamp oil %d)\n", inv, g.lamp_oil);
  printf("final room %s, score %d, moves %d, %d unknown words\n", room_names[g.room], g.score, g.moves, bad);
  return 0;
}
