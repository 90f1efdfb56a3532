//===- utils/analyzer/Format.h - text shared by the front ends --*- C++ -*-===//
//
// The few ways of writing a value as text that several front ends share
// (the text reports, the graph's DOT labels and messages), so that a frame
// or a source location reads the same everywhere.
//
// See also: TextReport.cpp, Graph.cpp, GraphReport.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_FORMAT_H
#define MEMSCOPE_ANALYZER_FORMAT_H

#include "Symbolizer.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/Twine.h"

#include <optional>
#include <string>

namespace memscope {
namespace analyzer {

/// "0x7f00a0", lowercase.
std::string hexText(uint64_t Value);

/// One argument as a POSIX shell would need it quoted: `two words` becomes
/// `'two words'`.
std::string shellQuote(llvm::StringRef Arg);

/// A command line as a shell would take it back, or `(no process record)`.
std::string commandText(llvm::ArrayRef<std::string> Args);

/// Says `memscope: error: Message (see 'memscope --help')` and returns the
/// usage error's exit code, 1.
int usageError(const llvm::Twine &Message);

/// A frame in one line: `a.cpp:5`, `function`, `(libfoo.so+0x10)` or
/// `0x1234`.
std::string shortFrameText(const Frame &F);

/// Where the user's code did something: `file.c:12 in main`, the function,
/// `module+0xoff`, `0x1234`, or `an unknown place`.
std::string whereText(const std::optional<Frame> &F);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_FORMAT_H
