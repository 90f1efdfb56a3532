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
#include "llvm/Support/Compiler.h"
#include "llvm/Support/LEB128.h"

#include <cstring>
#include <string>

namespace memscope {
namespace analyzer {

class Cursor {
public:
  explicit Cursor(llvm::ArrayRef<uint8_t> Bytes) : Bytes(Bytes) {}

  size_t remaining() const { return Bytes.size() - Pos; }
  /// The bytes not read yet.
  llvm::ArrayRef<uint8_t> rest() const { return Bytes.drop_front(Pos); }

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

  // Most varints of a trace are one byte (deltas, small ids): read inline;
  // LLVM's decoder takes the rest.
  bool readUleb(uint64_t &Value) {
    if (LLVM_LIKELY(Pos < Bytes.size() && Bytes[Pos] < 0x80)) {
      Value = Bytes[Pos++];
      return true;
    }
    return readUlebSlow(Value);
  }

  bool readSleb(int64_t &Value) {
    if (LLVM_LIKELY(Pos < Bytes.size() && Bytes[Pos] < 0x80)) {
      // Seven bits, bit 6 the sign.
      Value = static_cast<int64_t>(uint64_t(Bytes[Pos++]) << 57) >> 57;
      return true;
    }
    return readSlebSlow(Value);
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
  LLVM_ATTRIBUTE_NOINLINE bool readUlebSlow(uint64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value =
        llvm::decodeULEB128(Bytes.data() + Pos, &Length, Bytes.end(), &Error);
    Pos += Length;
    return !Error;
  }

  LLVM_ATTRIBUTE_NOINLINE bool readSlebSlow(int64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value =
        llvm::decodeSLEB128(Bytes.data() + Pos, &Length, Bytes.end(), &Error);
    Pos += Length;
    return !Error;
  }

  llvm::ArrayRef<uint8_t> Bytes;
  size_t Pos = 0;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_CURSOR_H
