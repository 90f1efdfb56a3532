//===- memscope_ownership.h - smart-pointer ownership ----------*- C++ -*-===//
//
// The runtime side of exact ownership (include/memscope/abi.h, "Ownership
// instrumentation"). The pass reports every recognised smart-pointer
// operation with the owner slot's address; the runtime keeps an owner table
// (slot -> the object it holds, and how it got it), turns each change into a
// passport event, aggregates borrows per slot and site, and at exit finds
// the allocations kept alive only by strong edges among themselves (cycle
// leaks) and the sites that copy shared pointers unusually often (clone
// storms).
//
// The owner table is an open-addressing hash table keyed by slot address,
// updated with atomic operations only: a slot is modified by one thread at a
// time (a smart-pointer object is not thread-safe), so two threads never
// insert the same key at once.
//
// See also: pass/Ownership.cpp, docs/Ownership.md, memscope_report.cpp
// (the ownership lines of a use-after-free report).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_OWNERSHIP_H
#define MEMSCOPE_OWNERSHIP_H

#include "memscope_allocator.h"

namespace memscope {

void InitializeOwnership();

// The ownership lines of a report on block C: who owned it last and where
// that owner let go, and where the dangling raw pointer came from. Prints
// nothing when the block was never owned by a recognised smart pointer.
void PrintOwnershipStory(const ChunkView &C);

// The type the compiler named for block C ("Node", "int[]"), or null.
const char *TypeNameOf(const ChunkView &C, bool *IsArray);

// At exit, before the leak check: flushes pending borrow counts, reports
// clone storms and, when asked, cycle leaks. Returns true if it reported a
// cycle leak (the exit status must then say so).
bool ReportOwnershipAtExit(bool DetectCycles);

} // namespace memscope

#endif // MEMSCOPE_OWNERSHIP_H
