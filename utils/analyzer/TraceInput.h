//===- utils/analyzer/TraceInput.h - a trace's bytes, in chunks -*- C++ -*-===//
//
// The bytes of a trace file as the reader consumes them: the header read
// raw, then the records, read from the file in bounded chunks and, for a
// version-3 trace with Compression=Zstd, decompressed on the way by
// libzstd's streaming decoder. Memory is two fixed buffers whatever the
// file's size. A file that is not a regular file (a directory, a FIFO, a
// device such as /dev/zero) is refused when it is opened, before a byte is
// read, so nothing can block or grow.
//
// See also: TraceReader.cpp (the record loop on top of it),
// docs/TraceFormat.md ("Compression").
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_TRACEINPUT_H
#define MEMSCOPE_ANALYZER_TRACEINPUT_H

#include "memscope/trace_format.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

struct ZSTD_DCtx_s;

namespace memscope {
namespace analyzer {

class TraceInput {
public:
  ~TraceInput();
  TraceInput(const TraceInput &) = delete;
  TraceInput &operator=(const TraceInput &) = delete;

  /// Opens Path for reading; refuses what is not a regular file with a
  /// message that says what it is.
  static llvm::Expected<std::unique_ptr<TraceInput>> open(llvm::StringRef Path);

  /// The file's size in bytes.
  uint64_t fileSize() const { return FileSize; }

  /// Reads up to N bytes of the file as they are (the header); fewer only
  /// at the end of the file. Errors become a false return with error().
  bool readRaw(void *Out, size_t N, size_t &Got);

  /// Skips N bytes of the file (the rest of a longer header); false if
  /// the file ends first.
  bool skipRaw(uint64_t N);

  /// From now on read() returns the records, decompressed when Zstd.
  bool startRecords(trace::Compression How);

  /// Reads up to N bytes of the records; fewer only at their end (or where
  /// the file or the compressed stream is cut or damaged).
  size_t read(void *Out, size_t N);

  /// True when the records are compressed.
  bool compressed() const { return Dctx != nullptr; }

  /// After read() came up short: why, if the bytes did not simply end at a
  /// record boundary of an uncompressed file ("the compressed stream ends
  /// inside a frame", a zstd error, a read error); empty otherwise.
  const std::string &problem() const { return Problem; }

  /// True when problem() is only that the stream ended inside a frame (the
  /// writer flushed its last write, the frame was never ended), not damage.
  bool endedInsideFrame() const { return EndedInFrame; }

private:
  TraceInput(int Fd, uint64_t FileSize) : Fd(Fd), FileSize(FileSize) {}
  /// Refills the raw buffer; false at the end of the file or on error.
  bool fill();

  int Fd = -1;
  uint64_t FileSize = 0;
  /// Raw bytes of the file not consumed yet: Raw[RawPos, RawEnd).
  std::vector<uint8_t> Raw;
  size_t RawPos = 0, RawEnd = 0;
  bool RawEof = false;
  ZSTD_DCtx_s *Dctx = nullptr;
  /// The last ZSTD_decompressStream call left a frame unfinished.
  bool InFrame = false;
  bool EndedInFrame = false;
  std::string Problem;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_TRACEINPUT_H
