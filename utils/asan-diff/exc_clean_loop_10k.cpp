// EXPECT: none
// A tokenizer throws on every invalid token; 10000 tokens are checked, a
// third of them invalid, each throw unwinding two frames with arrays and a
// std::string. The handler keeps a copy of the message in its own buffer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct BadToken : std::runtime_error {
  int pos;
  BadToken(const std::string &m, int p) : std::runtime_error(m), pos(p) {}
};

__attribute__((noinline)) static int classify(const char *tok, int pos) {
  char lowered[16];
  for (int i = 0; i < 15; i++) lowered[i] = tok[i] | 0x20;
  lowered[15] = 0;
  if (pos % 3 == 1) throw BadToken(std::string("bad token ") + lowered, pos);
  return lowered[pos % 15];
}

__attribute__((noinline)) static int scan(const char *tok, int pos) {
  std::string state = "scan";
  int marks[8] = {pos, pos + 1};
  return classify(tok, pos) + marks[1] + (int)state.size();
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 1000;
  long ok = 0, bad = 0;
  char last[48] = "";
  for (int i = 0; i < n; i++) {
    try {
      ok += scan(argv[2] + (i % 10), i);
    } catch (const BadToken &e) {
      std::snprintf(last, sizeof last, "%s", e.what());
      bad += e.pos % 7;
    }
  }
  std::printf("%ld %ld %s\n", ok, bad, last);
  return 0;
}
