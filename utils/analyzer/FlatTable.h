//===- utils/analyzer/FlatTable.h - tables the events update ----*- C++ -*-===//
//
// The per-event state of the analyses (a passport's ownership facts, the
// edge an owner slot holds, a live block's size, ...) sits in tables that
// see one lookup or more per event, hundreds of millions of times, and about
// as many erasures as insertions (objects die). What costs there is not
// the arithmetic but the cache misses, so the tables are laid out for them:
//
//   FlatMap<V>        a 64-bit key (an address, a stack) -> a small value V
//                     held in the bucket: open addressing, linear probing,
//                     backward-shift deletion, so an erasure leaves no
//                     tombstone behind (a DenseMap fills up with tombstones
//                     under such churn and rehashes again and again);
//   PassportTable<V>  a passport -> V: passports are handed out in
//                     allocation order, and the events of a stretch of the
//                     trace name passports made about then, so the most
//                     recent ones sit in an array indexed by the passport
//                     (neighbours in time are neighbours in memory; a
//                     lookup is one load) and the older ones still there
//                     (long-lived objects) in a FlatMap;
//   IndexTable        rows of a slab (Slab<Row>) found by a hash of the key
//                     each row holds: one 8-byte bucket per row;
//   RecordLog         variable-size records appended at one end and dropped
//                     at the other: compact, sequential storage for what is
//                     kept a while and seldom read.
//
// See also: Ownership.h, Lifetimes.h, HeapProfile.h (the users),
// test/Unit/FlatTableTest.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_FLATTABLE_H
#define MEMSCOPE_ANALYZER_FLATTABLE_H

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace memscope {
namespace analyzer {

/// A strong 64-bit mix (MurmurHash3's finaliser): every input bit moves
/// every output bit.
inline uint64_t mix64(uint64_t X) {
  X ^= X >> 33;
  X *= 0xff51afd7ed558ccdULL;
  X ^= X >> 33;
  X *= 0xc4ceb9fe1a85ec53ULL;
  X ^= X >> 33;
  return X;
}

/// A hash of several words, for IndexTable keys.
inline uint64_t hashWords(std::initializer_list<uint64_t> Words) {
  uint64_t H = 0x9e3779b97f4a7c15ULL;
  for (uint64_t W : Words)
    H = (H ^ mix64(W)) * 0x9e3779b97f4a7c15ULL;
  return mix64(H);
}

/// A map from 64-bit keys (all of them, ~0 included) to values held in the
/// buckets. V must be default-constructible and cheap to move: buckets move
/// when the table grows and when an erasure shifts its neighbours back.
/// Pointers to values are valid until the next insertion or erasure.
template <typename V> class FlatMap {
public:
  size_t size() const { return Count + (HasSpecial ? 1 : 0); }
  bool empty() const { return size() == 0; }

  V *find(uint64_t Key) {
    if (Key == kEmpty)
      return HasSpecial ? &Special : nullptr;
    if (Count == 0)
      return nullptr;
    for (size_t I = bucket(Key, Bits);; I = (I + 1) & Mask) {
      Entry &B = Buckets[I];
      if (B.Key == Key)
        return &B.Value;
      if (B.Key == kEmpty)
        return nullptr;
    }
  }
  const V *find(uint64_t Key) const {
    return const_cast<FlatMap *>(this)->find(Key);
  }
  bool contains(uint64_t Key) const { return find(Key) != nullptr; }

  /// The value of Key, value-initialised if Key was not there; true if it
  /// was inserted.
  std::pair<V *, bool> tryEmplace(uint64_t Key) {
    if (Key == kEmpty) {
      bool New = !HasSpecial;
      if (New)
        Special = V();
      HasSpecial = true;
      return {&Special, New};
    }
    if ((Count + 1) * 2 > Capacity)
      grow();
    for (size_t I = bucket(Key, Bits);; I = (I + 1) & Mask) {
      Entry &B = Buckets[I];
      if (B.Key == Key)
        return {&B.Value, false};
      if (B.Key == kEmpty) {
        B.Key = Key;
        B.Value = V();
        ++Count;
        return {&B.Value, true};
      }
    }
  }
  V &operator[](uint64_t Key) { return *tryEmplace(Key).first; }

  /// Removes Key; false if it was not there.
  bool erase(uint64_t Key) {
    if (Key == kEmpty) {
      bool Had = HasSpecial;
      HasSpecial = false;
      Special = V();
      return Had;
    }
    if (Count == 0)
      return false;
    for (size_t I = bucket(Key, Bits);; I = (I + 1) & Mask) {
      if (Buckets[I].Key == Key) {
        eraseAt(I);
        return true;
      }
      if (Buckets[I].Key == kEmpty)
        return false;
    }
  }

  /// Calls F(Key, Value&) for every entry, in no particular order; F must
  /// not insert or erase.
  template <typename Fn> void forEach(Fn F) {
    for (size_t I = 0; I < Capacity; ++I)
      if (Buckets[I].Key != kEmpty)
        F(Buckets[I].Key, Buckets[I].Value);
    if (HasSpecial)
      F(kEmpty, Special);
  }
  template <typename Fn> void forEach(Fn F) const {
    const_cast<FlatMap *>(this)->forEach(
        [&](uint64_t Key, V &Value) { F(Key, static_cast<const V &>(Value)); });
  }

  /// Empties the table and gives its memory back.
  void clear() { *this = FlatMap(); }

private:
  static constexpr uint64_t kEmpty = ~uint64_t(0);
  struct Entry {
    uint64_t Key = kEmpty;
    V Value{};
  };

  size_t bucket(uint64_t Key, unsigned B) const {
    return static_cast<size_t>(mix64(Key) >> (64 - B));
  }

  void grow() {
    size_t NewCapacity = Capacity ? Capacity * 2 : 16;
    std::unique_ptr<Entry[]> Old = std::move(Buckets);
    size_t OldCapacity = Capacity;
    Buckets = std::make_unique<Entry[]>(NewCapacity);
    Capacity = NewCapacity;
    Mask = NewCapacity - 1;
    Bits = 0;
    while ((size_t(1) << Bits) < NewCapacity)
      ++Bits;
    for (size_t I = 0; I < OldCapacity; ++I) {
      if (Old[I].Key == kEmpty)
        continue;
      size_t J = bucket(Old[I].Key, Bits);
      while (Buckets[J].Key != kEmpty)
        J = (J + 1) & Mask;
      Buckets[J] = std::move(Old[I]);
    }
  }

  /// Empties bucket I, then moves back the entries after it that may live
  /// closer to their home bucket, so no probe sequence is broken.
  void eraseAt(size_t I) {
    for (size_t J = (I + 1) & Mask;; J = (J + 1) & Mask) {
      Entry &B = Buckets[J];
      if (B.Key == kEmpty)
        break;
      size_t Home = bucket(B.Key, Bits);
      // B may fill the hole at I unless its home lies cyclically in
      // (I, J].
      if (((J - Home) & Mask) >= ((J - I) & Mask)) {
        Buckets[I] = std::move(B);
        I = J;
      }
    }
    Buckets[I].Key = kEmpty;
    Buckets[I].Value = V();
    --Count;
  }

  std::unique_ptr<Entry[]> Buckets;
  size_t Capacity = 0, Mask = 0, Count = 0;
  unsigned Bits = 0;
  bool HasSpecial = false;
  V Special{};
};

/// Values by passport: a window of the 2^WindowBits most recent passports
/// in an array indexed by the passport, the older ones in a FlatMap. A
/// passport beyond the window moves it up; what it leaves behind moves to
/// the FlatMap. Pointers to values are valid until the next insertion or
/// erasure.
template <typename V> class PassportTable {
public:
  explicit PassportTable(unsigned WindowBits = 17)
      : WindowSize(size_t(1) << WindowBits) {}

  size_t size() const { return InWindow + Older.size(); }
  bool empty() const { return size() == 0; }

  V *find(uint64_t Id) {
    if (inWindow(Id)) {
      Slot &S = Window[Id & (WindowSize - 1)];
      return S.Key == Id ? &S.Value : nullptr;
    }
    return Id < Base || Id == kEmpty ? Older.find(Id) : nullptr;
  }
  const V *find(uint64_t Id) const {
    return const_cast<PassportTable *>(this)->find(Id);
  }

  std::pair<V *, bool> tryEmplace(uint64_t Id) {
    if (Id == kEmpty || (Id < Base && !Window.empty()))
      return Older.tryEmplace(Id);
    if (Window.empty()) {
      Window.resize(WindowSize);
      Base = Id;
    } else if (!inWindow(Id)) {
      advance(Id);
    }
    Slot &S = Window[Id & (WindowSize - 1)];
    if (S.Key == Id)
      return {&S.Value, false};
    S.Key = Id;
    S.Value = V();
    ++InWindow;
    return {&S.Value, true};
  }
  V &operator[](uint64_t Id) { return *tryEmplace(Id).first; }

  bool erase(uint64_t Id) {
    if (inWindow(Id)) {
      Slot &S = Window[Id & (WindowSize - 1)];
      if (S.Key != Id)
        return false;
      S.Key = kEmpty;
      S.Value = V();
      --InWindow;
      return true;
    }
    return Older.erase(Id);
  }

  /// Calls F(Id, Value&) for every entry, in no particular order; F must
  /// not insert or erase.
  template <typename Fn> void forEach(Fn F) {
    for (Slot &S : Window)
      if (S.Key != kEmpty)
        F(S.Key, S.Value);
    Older.forEach(F);
  }
  template <typename Fn> void forEach(Fn F) const {
    const_cast<PassportTable *>(this)->forEach(
        [&](uint64_t Id, V &Value) { F(Id, static_cast<const V &>(Value)); });
  }

  /// Hints that Id will be looked up soon.
  void prefetch(uint64_t Id) const {
    if (inWindow(Id))
      __builtin_prefetch(&Window[Id & (WindowSize - 1)]);
  }

private:
  static constexpr uint64_t kEmpty = ~uint64_t(0);
  struct Slot {
    uint64_t Key = kEmpty;
    V Value{};
  };

  bool inWindow(uint64_t Id) const {
    return Id - Base < Window.size() && Id != kEmpty;
  }

  /// Moves the window up so that it ends at Id.
  void advance(uint64_t Id) {
    uint64_t NewBase = Id - (WindowSize - 1);
    // Each slot the window leaves holds a passport below NewBase or none.
    uint64_t Leaving = std::min<uint64_t>(NewBase - Base, WindowSize);
    for (uint64_t I = 0; I < Leaving; ++I) {
      Slot &S = Window[(Base + I) & (WindowSize - 1)];
      if (S.Key == kEmpty)
        continue;
      *Older.tryEmplace(S.Key).first = std::move(S.Value);
      S.Key = kEmpty;
      S.Value = V();
      --InWindow;
    }
    Base = NewBase;
  }

  size_t WindowSize;
  std::vector<Slot> Window; // allocated by the first insertion
  uint64_t Base = 0;        // the lowest passport the window holds
  size_t InWindow = 0;
  FlatMap<V> Older;
};

/// A first-in first-out queue of 64-bit values in one ring buffer that
/// grows by doubling (std::deque allocates and frees a block every few
/// dozen values of a steady stream).
class Fifo {
public:
  size_t size() const { return Count; }
  bool empty() const { return Count == 0; }
  void push(uint64_t V) {
    if (Count == Ring.size())
      grow();
    Ring[(Head + Count) & (Ring.size() - 1)] = V;
    ++Count;
  }
  /// The value I places behind the oldest (0: the oldest).
  uint64_t peek(size_t I) const { return Ring[(Head + I) & (Ring.size() - 1)]; }
  uint64_t pop() {
    uint64_t V = Ring[Head];
    Head = (Head + 1) & (Ring.size() - 1);
    --Count;
    return V;
  }

private:
  void grow() {
    std::vector<uint64_t> Bigger(Ring.empty() ? 64 : Ring.size() * 2);
    for (size_t I = 0; I < Count; ++I)
      Bigger[I] = Ring[(Head + I) & (Ring.size() - 1)];
    Ring.swap(Bigger);
    Head = 0;
  }

  std::vector<uint64_t> Ring;
  size_t Head = 0, Count = 0;
};

/// Rows that live until they are freed, at stable indices; freed indices
/// are used again.
template <typename Row> class Slab {
public:
  static constexpr uint32_t kNone = ~0u;

  uint32_t make() {
    if (!Free.empty()) {
      uint32_t I = Free.back();
      Free.pop_back();
      Rows[I] = Row();
      return I;
    }
    Rows.emplace_back();
    return static_cast<uint32_t>(Rows.size() - 1);
  }
  void release(uint32_t I) { Free.push_back(I); }

  Row &operator[](uint32_t I) { return Rows[I]; }
  const Row &operator[](uint32_t I) const { return Rows[I]; }
  /// Rows ever made, freed ones included.
  uint32_t extent() const { return static_cast<uint32_t>(Rows.size()); }
  /// Rows in use.
  size_t size() const { return Rows.size() - Free.size(); }

private:
  std::vector<Row> Rows;
  std::vector<uint32_t> Free; // used again last freed first: still cached
};

/// Row indices (of a Slab) by a 64-bit hash of the key their row holds:
/// the caller hashes keys and compares rows, the table keeps one 8-byte
/// bucket per row (its index and the hash's top 32 bits). Rows with equal
/// hashes but different keys are all found: lookups compare every row of
/// that hash. At most 2^31 rows.
class IndexTable {
public:
  size_t size() const { return Count; }

  /// The row of hash H for which Same(Row) holds, or none.
  template <typename Pred>
  std::optional<uint32_t> find(uint64_t H, Pred Same) const {
    if (Count == 0)
      return std::nullopt;
    uint32_t Tag = static_cast<uint32_t>(H >> 32);
    for (size_t I = home(Tag);; I = (I + 1) & Mask) {
      uint64_t B = Buckets[I];
      if (B == 0)
        return std::nullopt;
      if (static_cast<uint32_t>(B >> 32) == Tag &&
          Same(static_cast<uint32_t>(B) - 1))
        return static_cast<uint32_t>(B) - 1;
    }
  }

  /// Adds Row under H (a row whose key is not in the table yet).
  void insert(uint64_t H, uint32_t Row) {
    if ((Count + 1) * 2 > Capacity)
      grow();
    place(bucketOf(H, Row));
    ++Count;
  }

  /// Removes Row, which was added under H.
  void erase(uint64_t H, uint32_t Row) {
    if (Count == 0)
      return;
    uint64_t Wanted = bucketOf(H, Row);
    for (size_t I = home(static_cast<uint32_t>(H >> 32));;
         I = (I + 1) & Mask) {
      if (Buckets[I] == 0)
        return; // not there
      if (Buckets[I] == Wanted) {
        eraseAt(I);
        return;
      }
    }
  }

private:
  static uint64_t bucketOf(uint64_t H, uint32_t Row) {
    return (H & 0xffffffff00000000ULL) | (uint64_t(Row) + 1);
  }
  size_t home(uint32_t Tag) const { return Tag >> (32 - Bits); }

  void place(uint64_t B) {
    size_t I = home(static_cast<uint32_t>(B >> 32));
    while (Buckets[I] != 0)
      I = (I + 1) & Mask;
    Buckets[I] = B;
  }

  void grow() {
    size_t NewCapacity = Capacity ? Capacity * 2 : 16;
    assert(NewCapacity <= (size_t(1) << 32) && "IndexTable too large");
    std::vector<uint64_t> Old(NewCapacity, 0);
    Old.swap(Buckets);
    Capacity = NewCapacity;
    Mask = NewCapacity - 1;
    Bits = 0;
    while ((size_t(1) << Bits) < NewCapacity)
      ++Bits;
    for (uint64_t B : Old)
      if (B)
        place(B);
  }

  void eraseAt(size_t I) {
    for (size_t J = (I + 1) & Mask;; J = (J + 1) & Mask) {
      uint64_t B = Buckets[J];
      if (B == 0)
        break;
      size_t Home = home(static_cast<uint32_t>(B >> 32));
      if (((J - Home) & Mask) >= ((J - I) & Mask)) {
        Buckets[I] = B;
        I = J;
      }
    }
    Buckets[I] = 0;
    --Count;
  }

  std::vector<uint64_t> Buckets;
  size_t Capacity = 0, Mask = 0, Count = 0;
  unsigned Bits = 0;
};

/// The varints RecordLog's users code their records with (unchecked: the
/// records are the analyzer's own).
inline void putVarint(uint8_t *&Out, uint64_t Value) {
  do {
    uint8_t Byte = Value & 0x7f;
    Value >>= 7;
    *Out++ = Byte | (Value ? 0x80 : 0);
  } while (Value);
}

inline uint64_t getVarint(const uint8_t *&In) {
  uint64_t Value = 0;
  for (unsigned Shift = 0;; Shift += 7) {
    uint8_t Byte = *In++;
    Value |= uint64_t(Byte & 0x7f) << Shift;
    if (!(Byte & 0x80))
      return Value;
  }
}

/// Variable-size records appended at one end and dropped from the other,
/// in blocks of kBlockBytes (a record never spans two). Positions grow
/// with every append and stay valid until dropped.
class RecordLog {
public:
  static constexpr size_t kBlockBytes = 64 << 10;

  /// Appends a record of N bytes (at most kBlockBytes); returns its
  /// position.
  uint64_t append(const uint8_t *Bytes, size_t N) {
    assert(N <= kBlockBytes && "record too large");
    if (Blocks.empty() || Used + N > kBlockBytes) {
      if (!Spare.empty()) {
        Blocks.push_back(std::move(Spare.back()));
        Spare.pop_back();
      } else {
        Blocks.push_back(std::make_unique<uint8_t[]>(kBlockBytes));
      }
      Used = 0;
    }
    uint64_t Pos = (First + Blocks.size() - 1) * kBlockBytes + Used;
    std::copy(Bytes, Bytes + N, Blocks.back().get() + Used);
    Used += N;
    return Pos;
  }

  /// The record at Pos.
  const uint8_t *at(uint64_t Pos) const {
    return Blocks[Pos / kBlockBytes - First].get() + Pos % kBlockBytes;
  }

  /// Drops the blocks that only hold records before Pos.
  void dropBefore(uint64_t Pos) {
    while (Blocks.size() > 1 && First < Pos / kBlockBytes) {
      if (Spare.size() < 2)
        Spare.push_back(std::move(Blocks.front()));
      Blocks.pop_front();
      ++First;
    }
  }

private:
  std::deque<std::unique_ptr<uint8_t[]>> Blocks; // Blocks[0] is block First
  std::vector<std::unique_ptr<uint8_t[]>> Spare;
  uint64_t First = 0;
  size_t Used = 0; // bytes of the last block
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_FLATTABLE_H
