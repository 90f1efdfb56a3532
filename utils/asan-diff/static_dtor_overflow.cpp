// EXPECT: global-buffer-overflow
#include <cstdio>
#include <cstdlib>
static char journal[16];
static int entries;
struct Flusher {
  ~Flusher() {
    journal[entries] = '\n'; // BUG
    std::fputs(journal, stdout);
  }
};
static Flusher flusher;
int main(int argc, char **argv) {
  for (int i = 0; i < 16; i++) journal[i] = 'a' + i;
  entries = std::atoi(argv[1]) + 6;
  std::printf("main done\n");
  return 0;
}
