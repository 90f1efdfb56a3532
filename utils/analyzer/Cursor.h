//===- utils/analyzer/Cursor.h - bounded reads from a payload ---*- C++ -*-===//
//
// Reads fixed-size values, LEB128 varints and strings from one record's
// payload, refusing to run past its end: every decoder reads through a
// Cursor, so a damaged size or count can never make it read (or allocate)
// beyond the bytes that are really there.
//
// See also: RecordDecoder.cpp, EventDecoder.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_CURSOR_H
#define MEMSCOPE_ANALYZER_CURSOR_H

#include "memscope/trace_format.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/LEB128.h"

#include <cstring>
#include <string>

namespace memscope {
namespace analyzer {

class Cursor {
public:
  explicit Cursor(llvm::ArrayRef<uint8_t> Bytes) : Bytes(Bytes) {}

  size_t remaining() const { return Bytes.size() - Pos; }

  template <typename T> bool read(T &Value) {
    if (remaining() < sizeof(T))
      return false;
    std::memcpy(&Value, Bytes.data() + Pos, sizeof(T));
    Pos += sizeof(T);
    return true;
  }

  bool skip(size_t Count) {
    if (remaining() < Count)
      return false;
    Pos += Count;
    return true;
  }

  bool readUleb(uint64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value =
        llvm::decodeULEB128(Bytes.data() + Pos, &Length, Bytes.end(), &Error);
    Pos += Length;
    return !Error;
  }

  bool readSleb(int64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value =
        llvm::decodeSLEB128(Bytes.data() + Pos, &Length, Bytes.end(), &Error);
    Pos += Length;
    return !Error;
  }

  /// A uleb that must fit in 32 bits (stack and site ids).
  bool readUleb32(uint32_t &Value) {
    uint64_t Wide;
    if (!readUleb(Wide) || Wide > UINT32_MAX)
      return false;
    Value = static_cast<uint32_t>(Wide);
    return true;
  }

  /// A u32 length and that many bytes.
  bool readString(std::string &Out) {
    trace::u32 Length;
    if (!read(Length) || remaining() < Length)
      return false;
    Out.assign(reinterpret_cast<const char *>(Bytes.data() + Pos), Length);
    Pos += Length;
    return true;
  }

private:
  llvm::ArrayRef<uint8_t> Bytes;
  size_t Pos = 0;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_CURSOR_H
