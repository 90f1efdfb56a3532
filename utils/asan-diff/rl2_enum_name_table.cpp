// EXPECT: global-buffer-overflow
// the opcode name table was not updated when OP_HALT was appended to the enum; disassembling a program that halts reads one past it
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

enum Opcode : uint8_t { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DUP, OP_SWAP, OP_JNZ, OP_PRINT, OP_HALT, OP_COUNT };

static const char *const kOpNames[] = {"push", "add", "sub", "mul", "dup", "swap", "jnz", "print"};
static const int kOpArgs[OP_COUNT] = {1, 0, 0, 0, 0, 0, 1, 0, 0};

struct Insn {
  Opcode op;
  int arg;
};

static std::vector<Insn> assemble(int n, const char *word) {
  std::vector<Insn> prog;
  prog.push_back({OP_PUSH, n});
  size_t wl = std::strlen(word);
  for (size_t i = 0; i < wl && i < 6; i++) {
    prog.push_back({OP_PUSH, word[i] - 'A'});
    prog.push_back({i % 2 ? OP_ADD : OP_MUL, 0});
  }
  prog.push_back({OP_DUP, 0});
  prog.push_back({OP_PRINT, 0});
  prog.push_back({OP_PUSH, 1});
  prog.push_back({OP_SWAP, 0});
  prog.push_back({OP_SUB, 0});
  prog.push_back({OP_HALT, 0});
  return prog;
}

static std::string disassemble(const std::vector<Insn> &prog) {
  std::string out;
  char buf[32];
  for (size_t pc = 0; pc < prog.size(); pc++) {
    const Insn &in = prog[pc];
    const char *name = kOpNames[in.op]; // BUG
    if (kOpArgs[in.op]) std::snprintf(buf, sizeof buf, "%02zu %s %d\n", pc, name, in.arg);
    else std::snprintf(buf, sizeof buf, "%02zu %s\n", pc, name);
    out += buf;
  }
  return out;
}

static long run(const std::vector<Insn> &prog, int &printed) {
  std::vector<long> st;
  size_t pc = 0;
  int steps = 0;
  while (pc < prog.size() && steps++ < 1000) {
    const Insn &in = prog[pc++];
    long a, b;
    switch (in.op) {
    case OP_PUSH: st.push_back(in.arg); break;
    case OP_ADD: b = st.back(); st.pop_back(); st.back() += b; break;
    case OP_SUB: b = st.back(); st.pop_back(); st.back() -= b; break;
    case OP_MUL: b = st.back(); st.pop_back(); st.back() *= b; break;
    case OP_DUP: st.push_back(st.back()); break;
    case OP_SWAP: a = st.back(); st.back() = st[st.size() - 2]; st[st.size() - 2] = a; break;
    case OP_JNZ: a = st.back(); st.pop_back(); if (a) pc = (size_t)in.arg; break;
    case OP_PRINT: printed++; break;
    case OP_HALT: pc = prog.size(); break;
    default: break;
    }
  }
  return st.empty() ? 0 : st.back();
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABC";
  std::vector<Insn> prog = assemble(n, word);
  int printed = 0;
  long result = run(prog, printed);
  std::printf("result=%ld printed=%d insns=%zu\n", result, printed, prog.size());
  std::string text = disassemble(prog);
  std::printf("%s", text.c_str());
  return 0;
}
