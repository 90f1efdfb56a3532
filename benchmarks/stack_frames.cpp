//===- benchmarks/stack_frames.cpp - calls with local buffers ---------------===//
//
// Stresses the stack: a recursive-descent parser evaluates generated
// arithmetic expressions without touching the heap. Every level of the
// grammar is a call whose locals have their addresses taken (a token
// buffer the lexer fills, an operand struct passed by pointer), so each
// call gets a redzoned frame (on the fake stack, with use-after-return
// detection); each result is formatted with snprintf into a local buffer
// and hashed. Expressions nest up to 12 levels.
//
//   clang++-22 -O2 -g stack_frames.cpp -o stack_frames && ./stack_frames
//
// Prints `checksum: <hex>`, which is identical in every build.
//
// See also: benchmarks/run.sh, pass/StackRedzones.cpp.
//===----------------------------------------------------------------------===//
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace {

constexpr int Expressions = 60'000;
constexpr int Rounds = 8;
constexpr int MaxDepth = 12;

struct Lexer {
  const char *Text;
  int Pos;
};

struct Operand {
  int64_t Value;
  int Terms;
};

uint64_t Seed = 0x2545F4914F6CDD1DULL;
unsigned NextRandom() {
  Seed = Seed * 6364136223846793005ULL + 1442695040888963407ULL;
  return static_cast<unsigned>(Seed >> 33);
}

// Appends a random expression of at most Depth levels to Out (Cap bytes).
int Generate(char *Out, int Len, int Cap, int Depth) {
  if (Len > Cap - 64)
    return Len;
  if (Depth == 0 || NextRandom() % 3 == 0)
    return Len + std::snprintf(Out + Len, Cap - Len, "%u", NextRandom() % 97 + 1);
  static const char Ops[] = "+-*/";
  Out[Len++] = '(';
  Len = Generate(Out, Len, Cap, Depth - 1);
  Out[Len++] = Ops[NextRandom() % 4];
  Len = Generate(Out, Len, Cap, Depth - 1);
  Out[Len++] = ')';
  Out[Len] = '\0';
  return Len;
}

// The next token into Token: a number, an operator or a parenthesis.
[[gnu::noinline]] void NextToken(Lexer *L, char *Token, int Cap) {
  int N = 0;
  char C = L->Text[L->Pos];
  if (C >= '0' && C <= '9') {
    while (L->Text[L->Pos] >= '0' && L->Text[L->Pos] <= '9' && N < Cap - 1)
      Token[N++] = L->Text[L->Pos++];
  } else if (C) {
    Token[N++] = L->Text[L->Pos++];
  }
  Token[N] = '\0';
}

[[gnu::noinline]] char PeekChar(const Lexer *L) { return L->Text[L->Pos]; }

void ParseExpr(Lexer *L, Operand *Out, int Depth);

// primary := number | '(' expr ')'
[[gnu::noinline]] void ParsePrimary(Lexer *L, Operand *Out, int Depth) {
  char Token[24];
  NextToken(L, Token, sizeof(Token));
  if (Token[0] == '(') {
    Operand Inner;
    ParseExpr(L, &Inner, Depth + 1);
    NextToken(L, Token, sizeof(Token)); // ')'
    *Out = Inner;
    return;
  }
  int64_t V = 0;
  for (const char *P = Token; *P; ++P)
    V = V * 10 + (*P - '0');
  *Out = {V, 1};
}

// term := primary (('*' | '/') primary)*
[[gnu::noinline]] void ParseTerm(Lexer *L, Operand *Out, int Depth) {
  Operand Left;
  ParsePrimary(L, &Left, Depth);
  for (char C = PeekChar(L); C == '*' || C == '/'; C = PeekChar(L)) {
    char Op[4];
    NextToken(L, Op, sizeof(Op));
    Operand Right;
    ParsePrimary(L, &Right, Depth);
    if (Op[0] == '*')
      Left.Value = (Left.Value * Right.Value) % 1000003;
    else
      Left.Value = Right.Value ? Left.Value / Right.Value : Left.Value;
    Left.Terms += Right.Terms;
  }
  *Out = Left;
}

// expr := term (('+' | '-') term)*
void ParseExpr(Lexer *L, Operand *Out, int Depth) {
  Operand Left;
  ParseTerm(L, &Left, Depth);
  for (char C = PeekChar(L); C == '+' || C == '-'; C = PeekChar(L)) {
    char Op[4];
    NextToken(L, Op, sizeof(Op));
    Operand Right;
    ParseTerm(L, &Right, Depth);
    Left.Value = Op[0] == '+' ? Left.Value + Right.Value
                              : Left.Value - Right.Value;
    Left.Terms += Right.Terms;
  }
  *Out = Left;
}

[[gnu::noinline]] uint64_t Evaluate(const char *Text) {
  Lexer L = {Text, 0};
  Operand Result;
  ParseExpr(&L, &Result, 0);
  char Line[48];
  int N = std::snprintf(Line, sizeof(Line), "%lld/%d",
                        static_cast<long long>(Result.Value), Result.Terms);
  uint64_t Hash = 1469598103934665603ULL;
  for (int I = 0; I < N; ++I)
    Hash = (Hash ^ static_cast<unsigned char>(Line[I])) * 1099511628211ULL;
  return Hash;
}

} // namespace

int main() {
  static char Pool[Expressions / 60][256];
  constexpr int PoolSize = sizeof(Pool) / sizeof(Pool[0]);
  for (auto &Text : Pool)
    Generate(Text, 0, sizeof(Text), MaxDepth);
  uint64_t Sum = 0;
  for (int Round = 0; Round < Rounds; ++Round)
    for (int I = 0; I < Expressions; ++I)
      Sum += Evaluate(Pool[(I * 7 + Round) % PoolSize]) ^ static_cast<uint64_t>(I);
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(Sum));
  return 0;
}
