//===- utils/analyzer/TraceInput.cpp - a trace's bytes, in chunks ---------===//
//
// One read(2) buffer of kChunk bytes; for a compressed trace, libzstd's
// ZSTD_decompressStream writes straight into the caller's buffer. The file
// is checked with fstat before anything is read: only regular files are
// traces, so /dev/zero, a FIFO without a writer or a directory are refused
// at once instead of blocking or filling memory.
//
// See also: TraceInput.h, TraceReader.cpp.
//===----------------------------------------------------------------------===//
#include "TraceInput.h"

#include "TraceReader.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

namespace memscope {
namespace analyzer {

namespace {

/// Raw bytes read from the file at a time.
constexpr size_t kChunk = 1 << 20;

llvm::Error unreadable(const llvm::Twine &Message) {
  return llvm::make_error<TraceError>(TraceErrorKind::Unreadable,
                                      Message.str());
}

/// "a directory", "a FIFO", ... for a file that is not a regular one.
const char *fileKind(mode_t Mode) {
  if (S_ISDIR(Mode))
    return "a directory";
  if (S_ISFIFO(Mode))
    return "a FIFO";
  if (S_ISCHR(Mode))
    return "a character device";
  if (S_ISBLK(Mode))
    return "a block device";
  if (S_ISSOCK(Mode))
    return "a socket";
  return "not a regular file";
}

} // namespace

TraceInput::~TraceInput() {
  if (Dctx)
    ZSTD_freeDCtx(Dctx);
  if (Fd >= 0)
    ::close(Fd);
}

llvm::Expected<std::unique_ptr<TraceInput>>
TraceInput::open(llvm::StringRef Path) {
  std::string Name = Path.str();
  // Checked before open(): opening a FIFO without a writer blocks.
  struct stat St;
  if (::stat(Name.c_str(), &St) != 0)
    return unreadable("cannot read '" + Path + "': " + std::strerror(errno));
  if (S_ISDIR(St.st_mode))
    return unreadable("cannot read '" + Path + "': Is a directory");
  if (!S_ISREG(St.st_mode))
    return unreadable("cannot read '" + Path + "': it is " +
                      fileKind(St.st_mode) +
                      ", not a trace file (memscope reads regular files)");
  int Fd = ::open(Name.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (Fd < 0)
    return unreadable("cannot read '" + Path + "': " + std::strerror(errno));
  // The file may have been replaced between stat() and open().
  if (::fstat(Fd, &St) != 0 || !S_ISREG(St.st_mode)) {
    ::close(Fd);
    return unreadable("cannot read '" + Path + "': not a regular file");
  }
  std::unique_ptr<TraceInput> In(new TraceInput(Fd, St.st_size));
  In->Raw.resize(kChunk);
  return std::move(In);
}

bool TraceInput::fill() {
  if (RawEof)
    return false;
  if (RawPos < RawEnd) {
    std::memmove(Raw.data(), Raw.data() + RawPos, RawEnd - RawPos);
    RawEnd -= RawPos;
  } else {
    RawEnd = 0;
  }
  RawPos = 0;
  while (RawEnd < Raw.size()) {
    ssize_t N = ::read(Fd, Raw.data() + RawEnd, Raw.size() - RawEnd);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0) {
      Problem = std::string("read error: ") + std::strerror(errno);
      RawEof = true;
      break;
    }
    if (N == 0) {
      RawEof = true;
      break;
    }
    RawEnd += N;
    break;
  }
  return RawPos < RawEnd;
}

bool TraceInput::readRaw(void *Out, size_t N, size_t &Got) {
  auto *Dest = static_cast<uint8_t *>(Out);
  Got = 0;
  while (Got < N) {
    if (RawPos == RawEnd && !fill())
      break;
    size_t Take = std::min(N - Got, RawEnd - RawPos);
    std::memcpy(Dest + Got, Raw.data() + RawPos, Take);
    RawPos += Take;
    Got += Take;
  }
  return Problem.empty();
}

bool TraceInput::skipRaw(uint64_t N) {
  while (N > 0) {
    if (RawPos == RawEnd && !fill())
      return false;
    size_t Take = static_cast<size_t>(std::min<uint64_t>(N, RawEnd - RawPos));
    RawPos += Take;
    N -= Take;
  }
  return true;
}

bool TraceInput::startRecords(trace::Compression How) {
  if (How != trace::Compression::Zstd)
    return true;
  Dctx = ZSTD_createDCtx();
  if (!Dctx)
    Problem = "cannot create a zstd decoder";
  return Dctx != nullptr;
}

size_t TraceInput::read(void *Out, size_t N) {
  auto *Dest = static_cast<uint8_t *>(Out);
  if (!Dctx) {
    size_t Got;
    readRaw(Dest, N, Got);
    return Got;
  }
  ZSTD_outBuffer Output{Dest, N, 0};
  while (Output.pos < Output.size) {
    if (RawPos == RawEnd)
      fill(); // at the end, zstd may still flush what it holds
    ZSTD_inBuffer Input{Raw.data() + RawPos, RawEnd - RawPos, 0};
    size_t Before = Output.pos;
    size_t Result = ZSTD_decompressStream(Dctx, &Output, &Input);
    RawPos += Input.pos;
    if (ZSTD_isError(Result)) {
      Problem = std::string("the compressed stream is damaged (zstd: ") +
                ZSTD_getErrorName(Result) + ")";
      // Nothing after the damage can be trusted.
      RawPos = RawEnd;
      RawEof = true;
      break;
    }
    bool Progress = Output.pos != Before || Input.pos != 0;
    // 0: a frame ended and was flushed whole. With nothing to decode, the
    // result only hints at the next frame's header.
    if (Progress)
      InFrame = Result != 0;
    if (!Progress && RawPos == RawEnd && RawEof) {
      // A frame the writer flushed but never ended (the process died after
      // its last flush) holds whole blocks: what it decoded is the trace;
      // a record cut in half shows as such.
      if (InFrame && Problem.empty())
        EndedInFrame = true;
      break;
    }
  }
  return Output.pos;
}

} // namespace analyzer
} // namespace memscope
