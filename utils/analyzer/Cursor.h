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
  explicit Cursor(llvm::ArrayRef<uint8_t> Bytes)
      : P(Bytes.data()), End(Bytes.data() + Bytes.size()) {}
  Cursor(const uint8_t *P, const uint8_t *End) : P(P), End(End) {}

  size_t remaining() const { return End - P; }
  /// Where the next read starts, and where the payload ends.
  const uint8_t *position() const { return P; }
  const uint8_t *end() const { return End; }
  /// The bytes not read yet.
  llvm::ArrayRef<uint8_t> rest() const { return {P, End}; }

  template <typename T> bool read(T &Value) {
    if (remaining() < sizeof(T))
      return false;
    std::memcpy(&Value, P, sizeof(T));
    P += sizeof(T);
    return true;
  }

  bool skip(size_t Count) {
    if (remaining() < Count)
      return false;
    P += Count;
    return true;
  }

  // Varints of up to 9 bytes (63 bits: none can overflow) are read inline
  // when the payload has room for them; LLVM's decoder takes the rest, and
  // says what is wrong with a bad one. Inlined always: the events are
  // decoded with the cursor in registers.
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool readUleb(uint64_t &Value) {
    if (LLVM_LIKELY(P < End && *P < 0x80)) {
      Value = *P++;
      return true;
    }
    unsigned Length;
    if (LLVM_LIKELY(remaining() >= 9 && (Length = inlineLength()))) {
      Value = gather(Length);
      P += Length;
      return true;
    }
    return readUlebSlow(Value);
  }

  LLVM_ATTRIBUTE_ALWAYS_INLINE bool readSleb(int64_t &Value) {
    if (LLVM_LIKELY(P < End && *P < 0x80)) {
      // Seven bits, bit 6 the sign.
      Value = static_cast<int64_t>(uint64_t(*P++) << 57) >> 57;
      return true;
    }
    unsigned Length;
    if (LLVM_LIKELY(remaining() >= 9 && (Length = inlineLength()))) {
      // Sign-extended from the last byte's bit 6.
      unsigned Shift = 64 - 7 * Length;
      Value = static_cast<int64_t>(gather(Length) << Shift) >> Shift;
      P += Length;
      return true;
    }
    return readSlebSlow(Value);
  }

  /// A uleb that must fit in 32 bits (stack and site ids).
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool readUleb32(uint32_t &Value) {
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
    Out.assign(reinterpret_cast<const char *>(P), Length);
    P += Length;
    return true;
  }

private:
  /// The seven-bit groups of the Length-byte varint at P, put together.
  uint64_t gather(unsigned Length) const {
    uint64_t V = 0;
    for (unsigned I = 0; I < Length; ++I)
      V |= uint64_t(P[I] & 0x7f) << (7 * I);
    return V;
  }

  /// The length of the varint at P if it ends within 9 bytes (at least 9
  /// are there), else 0.
  unsigned inlineLength() const {
    uint64_t Word;
    std::memcpy(&Word, P, sizeof(Word));
    // One bit per byte: set where the byte has no continuation bit.
    uint64_t Ends = ~Word & 0x8080808080808080ULL;
    if (Ends)
      return __builtin_ctzll(Ends) / 8 + 1;
    return P[8] < 0x80 ? 9 : 0;
  }

  LLVM_ATTRIBUTE_NOINLINE bool readUlebSlow(uint64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value = llvm::decodeULEB128(P, &Length, End, &Error);
    P += Length;
    return !Error;
  }

  LLVM_ATTRIBUTE_NOINLINE bool readSlebSlow(int64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value = llvm::decodeSLEB128(P, &Length, End, &Error);
    P += Length;
    return !Error;
  }

  const uint8_t *P;
  const uint8_t *End;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_CURSOR_H
