// EXPECT: global-buffer-overflow
// a bytecode disassembler looks up mnemonics in a global table indexed by opcode; it validates against OP_COUNT taken from an enum that gained an opcode the table lacks
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum opcode {
  OP_NOP,
  OP_LOAD,
  OP_STORE,
  OP_ADD,
  OP_SUB,
  OP_JMP,
  OP_JZ,
  OP_CALL,
  OP_RET,
  OP_HALT,
  OP_TRAP, /* added later */
  OP_COUNT
};

struct opinfo {
  const char *name;
  uint8_t operands;
  uint8_t flags;
};

#define F_BRANCH 1
#define F_MEM 2

static const struct opinfo optable[] = {
    {"nop", 0, 0},  {"load", 1, F_MEM},    {"store", 1, F_MEM}, {"add", 0, 0},  {"sub", 0, 0},
    {"jmp", 1, F_BRANCH}, {"jz", 1, F_BRANCH}, {"call", 1, F_BRANCH}, {"ret", 0, F_BRANCH}, {"halt", 0, 0},
};

struct disasm_stats {
  int insns, branches, mem, bad;
  unsigned long name_bytes;
};

static size_t disassemble_one(const uint8_t *code, size_t len, size_t pc, char *out, size_t outsz,
                              struct disasm_stats *st) {
  uint8_t op = code[pc];
  if (op >= OP_COUNT) {
    snprintf(out, outsz, "%04zx: .byte 0x%02x", pc, op);
    st->bad++;
    return 1;
  }
  const struct opinfo *info = &optable[op];
  unsigned nops = info->operands; // BUG
  if (pc + 1 + nops * 2 > len) {
    snprintf(out, outsz, "%04zx: <truncated>", pc);
    st->bad++;
    return len - pc;
  }
  if (nops) {
    unsigned arg = (unsigned)code[pc + 1] | (unsigned)code[pc + 2] << 8;
    snprintf(out, outsz, "%04zx: %-6s %u", pc, info->name, arg);
  } else {
    snprintf(out, outsz, "%04zx: %s", pc, info->name);
  }
  st->insns++;
  if (info->flags & F_BRANCH) st->branches++;
  if (info->flags & F_MEM) st->mem++;
  st->name_bytes += strlen(info->name);
  return 1 + nops * 2;
}

static size_t assemble(uint8_t *code, size_t cap, const char *src, int n) {
  size_t pc = 0;
  size_t sl = strlen(src);
  for (int i = 0; i < n * 2 && pc + 3 <= cap; i++) {
    uint8_t op = (uint8_t)((src[(size_t)i % sl] - 'A') % (OP_COUNT - 1));
    code[pc++] = op;
    if (optable[op].operands) {
      code[pc++] = (uint8_t)(i * 3);
      code[pc++] = 0;
    }
  }
  if (pc < cap) code[pc++] = OP_TRAP;
  if (pc < cap) code[pc++] = OP_HALT;
  return pc;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  uint8_t code[128];
  size_t len = assemble(code, sizeof code, alpha, n);
  struct disasm_stats st;
  memset(&st, 0, sizeof st);
  char line[64];
  unsigned h = 0;
  for (size_t pc = 0; pc < len;) {
    size_t step = disassemble_one(code, len, pc, line, sizeof line, &st);
    for (const char *p = line; *p; p++) h = h * 33 + (unsigned char)*p;
    if (pc < 12) puts(line);
    pc += step;
  }
  printf("%d insns, %d branches, %d mem, %d bad, %lu name bytes, hash %08x\n", st.insns, st.branches, st.mem, st.bad,
         st.name_bytes, h);
  return 0;
}
