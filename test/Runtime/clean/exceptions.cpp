// ===- test/Runtime/clean/exceptions.cpp - throwing heap-owning objects ---===
//
// Exceptions carrying std::string messages thrown, caught by reference,
// rethrown and nested; unwinding destroys the heap-owning locals of every
// frame on the way. The exception objects themselves come from the C++
// runtime's allocator (through malloc). Exit 0, no report.
//
// See also: clean/stl-containers.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct ParseError : std::runtime_error {
  std::string Detail;
  ParseError(const std::string &What, std::string D)
      : std::runtime_error(What), Detail(std::move(D)) {}
};

static int depth(int Level) {
  std::vector<std::string> Locals(Level + 1, std::string(50, 'l'));
  auto Owned = std::make_unique<std::string>("owned at level " + std::to_string(Level));
  if (Level == 0)
    throw ParseError("unexpected token in a rather long message beyond SSO",
                     *Owned);
  return depth(Level - 1) + static_cast<int>(Locals.size());
}

int main(int argc, char **) {
  int Caught = 0;
  for (int Round = 0; Round < 50; ++Round) {
    try {
      try {
        depth(5 + argc);
      } catch (ParseError &E) {
        ++Caught;
        E.Detail += " (rethrown)";
        throw;
      }
    } catch (const std::exception &E) {
      ++Caught;
      try {
        std::throw_with_nested(std::logic_error(std::string("wrapped: ") + E.what()));
      } catch (const std::logic_error &Outer) {
        try {
          std::rethrow_if_nested(Outer);
        } catch (const ParseError &Inner) {
          if (Round == 0)
            std::printf("%s / %s / %s\n", Outer.what(), Inner.what(),
                        Inner.Detail.c_str());
          ++Caught;
        }
      }
    }
  }
  std::printf("caught %d\n", Caught);
  return 0;
}

// CHECK: wrapped: unexpected token in a rather long message beyond SSO / unexpected token in a rather long message beyond SSO / owned at level 0 (rethrown)
// CHECK: caught 150
