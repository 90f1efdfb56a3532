// ===- test/Analyzer/Inputs/layouts.cpp - struct sizes of the header -----===
//
// Prints the size of every struct of include/memscope/trace_format.h in the
// form `make_trace.py layouts` prints its own, so layouts.test catches a
// header change the test generator has not followed.
//
// See also: include/memscope/trace_format.h, Inputs/make_trace.py.
// ===----------------------------------------------------------------------===
#include "memscope/trace_format.h"

#include <cstdio>

using namespace memscope::trace;

#define PRINT(Struct) std::printf("%s %zu\n", #Struct, sizeof(Struct))

int main() {
  PRINT(FileHeader);
  PRINT(FileHeaderV3);
  PRINT(RecordHeader);
  PRINT(ProcessRecord);
  PRINT(ModuleRecord);
  PRINT(StackRecord);
  PRINT(ThreadRecord);
  PRINT(PassportBatchRecord);
  PRINT(ErrorRecord);
  PRINT(LeakCheckRecord);
  PRINT(LeakRecord);
  PRINT(LiveChunkRecord);
  PRINT(EndRecord);
  PRINT(SiteRecord);
  PRINT(CycleLeakRecord);
  PRINT(CycleStep);
  PRINT(DiagnosticRecord);
}
