//===- pass/RustTypes.cpp - Rust allocations typed from debug info --------===//
//
// See RustTypes.h. For
//
//   let a = Rc::new(Node { next: RefCell::new(None), .. });
//
// rustc's IR calls the allocator from inside Box<RcInner<Node>>::new
// (inlined or not); the call becomes
//
//   %p = call ptr @alloc::boxed::box_new_uninit(i64 8, i64 56)
//   %p.typed = call ptr @__memscope_alloc_type(ptr @memscope.rust.layout.0, ptr %p)
//
// where the layout says: RcInner<Node>, 56 bytes, one field: at offset 16,
// an Rc ('Node::next', Rc<Node>) whose target has this same layout. The
// layout is built from the DWARF types (DICompositeType members and their
// offsets, variant parts for enums, array subranges); Rust's own types are
// recognised by their qualified names (alloc::rc::Rc, alloc::sync::Arc,
// their Weak, alloc::boxed::Box, alloc::vec::Vec), and everything else is
// looked through; VecDeque is a Vec's buffer used as a ring, HashMap and
// HashSet are read as hashbrown lays its table out, BTreeMap and BTreeSet
// node by node, LinkedList from its head along each node's next. Raw
// pointers, references and other containers are not followed: an Rc they
// hold is an owner the runtime cannot see, and its strong count keeps the
// object alive.
//===----------------------------------------------------------------------===//

#include "RustTypes.h"
#include "Sites.h"

#include "memscope/abi.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"

#include <string>
#include <vector>

using namespace llvm;
using memscope::SiteDescriptors;
using memscope::SiteFields;

#define DEBUG_TYPE "memscope-rust-types"

static cl::opt<bool> ClRustTypes(
    "memscope-rust-types", cl::init(true), cl::Hidden,
    cl::desc("Type Rust allocations made by Box::new (Rc::new, Arc::new) "
             "with their layout of Rc, Arc, Weak, Box and Vec fields, for "
             "the exit-time cycle search."));

STATISTIC(NumRustAllocTypes, "Rust allocations given a layout");
STATISTIC(NumOutermostFrames, "__rust_begin_short_backtrace instances marked");
STATISTIC(NumRustLayouts, "Rust layouts emitted");

namespace {

constexpr StringLiteral DoneFlag = "memscope.rust-types";
/// Arrays inside a value are flattened up to this many elements.
constexpr uint64_t kMaxArrayElements = 64;
/// Nesting followed inside one value (types are finite, but deep).
constexpr unsigned kMaxDepth = 24;

bool isRustModule(const Module &M) {
  for (const DICompileUnit *CU : M.debug_compile_units())
    if (CU->getSourceLanguage().getUnversionedName() == dwarf::DW_LANG_Rust)
      return true;
  return false;
}

/// A legacy Rust symbol's path, demangled by the Itanium demangler, still
/// has rustc's escapes ($LT$, ..): decoded here.
std::string unescapeLegacy(StringRef S) {
  static const std::pair<StringRef, StringRef> Escapes[] = {
      {"$LT$", "<"}, {"$GT$", ">"}, {"$u20$", " "}, {"$C$", ","},
      {"$RF$", "&"}, {"$BP$", "*"}, {"$LP$", "("}, {"$RP$", ")"},
      {"$u7b$", "{"}, {"$u7d$", "}"}, {"$u5b$", "["}, {"$u5d$", "]"},
      {"$u27$", "'"}, {"$u22$", "\""}, {"$SP$", "@"}, {"..", "::"}};
  std::string Out;
  while (!S.empty()) {
    bool Matched = false;
    for (const auto &[From, To] : Escapes)
      if (S.starts_with(From)) {
        Out += To;
        S = S.drop_front(From.size());
        Matched = true;
        break;
      }
    if (!Matched) {
      Out += S.front();
      S = S.drop_front();
    }
  }
  return Out;
}

/// "alloc::boxed::Box<T>::new" for a Rust symbol, legacy or v0: demangled,
/// without the legacy hash and the v0 crate disambiguators.
std::string rustPath(StringRef Mangled) {
  std::string Demangled = demangle(Mangled);
  StringRef S(Demangled);
  size_t Hash = S.rfind("::h");
  if (Hash != StringRef::npos && S.size() - Hash == 3 + 16 &&
      all_of(S.drop_front(Hash + 3), isHexDigit))
    S = S.take_front(Hash);
  std::string Path = unescapeLegacy(S);
  // A legacy path cannot start with '$': "_<T as Trait>::f".
  if (StringRef(Path).starts_with("_<"))
    Path.erase(0, 1);
  std::string Out;
  int Depth = 0;
  for (char C : Path) {
    if (C == '[')
      ++Depth;
    else if (C == ']')
      Depth = Depth ? Depth - 1 : 0;
    else if (!Depth)
      Out += C;
  }
  return Out;
}

/// The functions that return a fresh allocation (as a pointer).
bool isAllocationFunction(StringRef Path) {
  return StringSwitch<bool>(Path)
      .Cases({"alloc::boxed::box_new_uninit", "alloc::alloc::exchange_malloc",
              "alloc::alloc::alloc", "alloc::alloc::alloc_zeroed"},
             true)
      .Cases({"__rust_alloc", "__rust_alloc_zeroed", "__rustc::__rust_alloc",
              "__rustc::__rust_alloc_zeroed"},
             true)
      // Box::new_in and Rc::new_cyclic allocate through the Allocator
      // trait: a {ptr, len} (a null ptr for an error).
      .Cases({"<alloc::alloc::Global as core::alloc::Allocator>::allocate",
              "<alloc::alloc::Global as core::alloc::Allocator>::allocate_zeroed"},
             true)
      .Default(false);
}

/// The boxed type T of a Box<T> constructor's subprogram, or null.
const DIType *boxedType(const DISubprogram *SP) {
  if (!SP || SP->getLinkageName().empty())
    return nullptr;
  std::string Path = rustPath(SP->getLinkageName());
  StringRef P(Path);
  if (!P.contains("alloc::boxed::Box<"))
    return nullptr;
  StringRef Last = P.rsplit("::").second;
  bool Ctor = StringSwitch<bool>(Last)
                  .Cases({"new", "new_uninit", "new_zeroed", "pin", "try_new",
                          "try_new_uninit", "try_new_zeroed", "new_in",
                          "try_new_in", "new_uninit_in", "new_zeroed_in",
                          "try_new_uninit_in", "try_new_zeroed_in", "pin_in"},
                         true)
                  .Default(false);
  if (!Ctor)
    return nullptr;
  for (const DITemplateParameter *TP : SP->getTemplateParams())
    if (auto *TT = dyn_cast_or_null<DITemplateTypeParameter>(TP))
      if (TT->getName() == "T")
        return TT->getType();
  return nullptr;
}

/// Typedefs, qualifiers and members stripped.
const DIType *stripType(const DIType *T) {
  while (auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_typedef:
    case dwarf::DW_TAG_const_type:
    case dwarf::DW_TAG_volatile_type:
    case dwarf::DW_TAG_member:
      T = D->getBaseType();
      continue;
    default:
      return T;
    }
  }
  return T;
}

/// "alloc::rc::Rc<cyc::Node, alloc::alloc::Global>": the namespaces of a
/// type and its name.
std::string qualifiedName(const DIType *T) {
  std::string Name = T->getName().str();
  for (const DIScope *S = T->getScope(); S; S = S->getScope()) {
    if (isa<DINamespace>(S) || isa<DICompositeType>(S))
      Name = S->getName().str() + "::" + Name;
    else
      break;
  }
  return Name;
}

bool inStandardLibrary(const DIType *T) {
  StringRef Root;
  for (const DIScope *S = T->getScope(); S; S = S->getScope())
    if (isa<DINamespace>(S) || isa<DICompositeType>(S))
      Root = S->getName();
  // hashbrown is std's HashMap.
  return Root == "core" || Root == "alloc" || Root == "std" ||
         Root == "hashbrown";
}

/// A type as a user reads it: "Rc<cyc::Node>" for
/// "Rc<cyc::Node, alloc::alloc::Global>", without the paths of std's types.
std::string displayName(StringRef Name) {
  std::string S = Name.str();
  // The allocation of an Rc<T> or Arc<T> holds its RcInner<T>/ArcInner<T>.
  for (auto [Inner, Outer] : {std::pair<StringRef, StringRef>{"RcInner<", "Rc<"},
                              {"ArcInner<", "Arc<"}})
    if (StringRef(S).starts_with(Inner))
      S = Outer.str() + S.substr(Inner.size());
  for (StringRef Noise :
       {", alloc::alloc::Global", ", std::hash::random::RandomState"}) {
    size_t At;
    while ((At = S.find(Noise.str())) != std::string::npos)
      S.erase(At, Noise.size());
  }
  // The standard library's types by their names alone, as Rust's own
  // messages print them (Vec<u32>, RwLock<Station>, OnceCell<Rc<Node>>),
  // whatever module std keeps them in (std::sync::poison::rwlock::RwLock).
  auto InPath = [](char C) { return isAlnum(C) || C == '_' || C == ':'; };
  std::string Short;
  for (size_t I = 0; I < S.size();) {
    size_t End = I;
    while (End < S.size() && InPath(S[End]))
      ++End;
    StringRef Path(S.data() + I, End - I);
    if (End > I && (I == 0 || !InPath(S[I - 1])) &&
        (Path.starts_with("std::") || Path.starts_with("core::") ||
         Path.starts_with("alloc::"))) {
      Short += Path.rsplit("::").second.str();
      I = End;
      continue;
    }
    Short += S[I++];
  }
  // MaybeUninit<T> (Rc::new_cyclic's RcInner<MaybeUninit<T>>, a B-tree
  // node's values) and ManuallyDrop<T> read as T.
  for (StringRef Wrapper : {"MaybeUninit<", "ManuallyDrop<"}) {
    size_t At = 0;
    while ((At = Short.find(Wrapper.str(), At)) != std::string::npos) {
      if (At && InPath(Short[At - 1])) {
        ++At;
        continue;
      }
      size_t Depth = 1, I = At + Wrapper.size();
      for (; I < Short.size() && Depth; ++I)
        Depth += Short[I] == '<' ? 1 : Short[I] == '>' ? -1 : 0;
      if (Depth)
        break;
      Short.erase(I - 1, 1);
      Short.erase(At, Wrapper.size());
    }
  }
  return Short;
}

/// The member of a composite by name, or null.
const DIDerivedType *member(const DIType *T, StringRef Name) {
  auto *C = dyn_cast_or_null<DICompositeType>(stripType(T));
  if (!C)
    return nullptr;
  for (const DINode *N : C->getElements())
    if (auto *M = dyn_cast<DIDerivedType>(N))
      if (M->getTag() == dwarf::DW_TAG_member && M->getName() == Name)
        return M;
  return nullptr;
}

/// What a NonNull<X>, Unique<X> or raw pointer points to, and the offset
/// of the pointer inside T.
const DIType *pointee(const DIType *T, uint64_t *OffsetBits) {
  for (unsigned Depth = 0; T && Depth < 6; ++Depth) {
    T = stripType(T);
    if (auto *D = dyn_cast_or_null<DIDerivedType>(T))
      if (D->getTag() == dwarf::DW_TAG_pointer_type)
        return D->getBaseType();
    const DIDerivedType *M = member(T, "pointer");
    if (!M)
      M = member(T, "ptr");
    if (!M)
      return nullptr;
    *OffsetBits += M->getOffsetInBits();
    T = M->getBaseType();
  }
  return nullptr;
}

/// The template argument T of a generic type, or null.
const DIType *templateArgument(const DIType *T) {
  auto *C = dyn_cast_or_null<DICompositeType>(stripType(T));
  if (!C)
    return nullptr;
  for (const DITemplateParameter *TP : C->getTemplateParams())
    if (auto *TT = dyn_cast_or_null<DITemplateTypeParameter>(TP))
      if (TT->getName() == "T")
        return TT->getType();
  return nullptr;
}

/// The first type inside T (T itself, its members and enum variants, at any
/// depth) whose qualified name starts with Prefix, and its offset in bits
/// added to *Bits.
const DIType *findType(const DIType *T, StringRef Prefix, uint64_t *Bits,
                       unsigned Depth = 0) {
  T = stripType(T);
  if (!T || Depth > 8)
    return nullptr;
  if (StringRef(qualifiedName(T)).starts_with(Prefix))
    return T;
  auto *C = dyn_cast<DICompositeType>(T);
  if (!C || C->getTag() == dwarf::DW_TAG_array_type)
    return nullptr;
  for (const DINode *N : C->getElements()) {
    const DIType *Sub = nullptr;
    uint64_t Offset = 0;
    if (auto *Part = dyn_cast<DICompositeType>(N)) {
      Sub = Part; // an enum's variant part
    } else if (auto *Mem = dyn_cast<DIDerivedType>(N);
               Mem && Mem->getTag() == dwarf::DW_TAG_member) {
      Sub = Mem->getBaseType();
      Offset = Mem->getOffsetInBits();
    }
    uint64_t Inner = *Bits + Offset;
    if (const DIType *Found = findType(Sub, Prefix, &Inner, Depth + 1)) {
      *Bits = Inner;
      return Found;
    }
  }
  return nullptr;
}

/// What a NonNull<X> inside T (an Option<NonNull<X>> link, a NonNull
/// field) points to, X, with the pointer's offset added to *Bits; null if
/// T holds none.
const DIType *nonNullTarget(const DIType *T, uint64_t *Bits) {
  const DIType *NonNull = findType(T, "core::ptr::non_null::NonNull<", Bits);
  return NonNull ? pointee(NonNull, Bits) : nullptr;
}

/// RcInner<T> (ArcInner<T>) for Rc<T>::allocate_for_layout and
/// try_allocate_for_layout (Arc's too), which make the allocations of
/// Rc::make_mut's copy, Rc::new_uninit, Rc::from(Box<T>) and their kin:
/// the type their result points to, for a sized T; else null.
const DIType *rcInnerType(const DISubprogram *SP) {
  if (!SP || SP->getLinkageName().empty() || !SP->getType())
    return nullptr;
  // The function's own name ("allocate_for_layout<T, F1, F2>"), its
  // path for whose it is ("<alloc::rc::Rc<T>>::allocate_for_layout::<..>").
  StringRef Name = SP->getName();
  if (!Name.starts_with("allocate_for_layout<") &&
      !Name.starts_with("try_allocate_for_layout<"))
    return nullptr;
  std::string Path = rustPath(SP->getLinkageName());
  StringRef P(Path);
  bool Rc = P.contains("alloc::rc::Rc<");
  if (!Rc && !P.contains("alloc::sync::Arc<"))
    return nullptr;
  DITypeRefArray Types = SP->getType()->getTypeArray();
  if (!Types.size() || !Types[0])
    return nullptr;
  uint64_t Bits = 0;
  const DIType *Inner =
      findType(Types[0], Rc ? "alloc::rc::RcInner<" : "alloc::sync::ArcInner<",
               &Bits);
  if (!Inner) {
    // *mut RcInner<T>: findType does not look through pointers.
    if (auto *Ptr = dyn_cast<DIDerivedType>(stripType(Types[0]));
        Ptr && Ptr->getTag() == dwarf::DW_TAG_pointer_type)
      Inner = stripType(Ptr->getBaseType());
  }
  if (!Inner)
    return nullptr;
  // An unsized T ([T], str, dyn Trait) is laid out by the field that
  // holds it (its length is in the fat pointer), not here.
  std::string InnerName = qualifiedName(Inner);
  StringRef N(InnerName);
  if (N.contains("Inner<[") || N.contains("Inner<str") ||
      N.contains("Inner<dyn ") ||
      (!N.starts_with("alloc::rc::RcInner<") &&
       !N.starts_with("alloc::sync::ArcInner<")))
    return nullptr;
  return Inner;
}

/// An array member's element type and element count, or null.
const DIType *arrayElement(const DIDerivedType *Member, uint64_t *Count) {
  auto *A = Member ? dyn_cast_or_null<DICompositeType>(
                         stripType(Member->getBaseType()))
                   : nullptr;
  if (!A || A->getTag() != dwarf::DW_TAG_array_type)
    return nullptr;
  *Count = 0;
  for (const DINode *N : A->getElements())
    if (auto *R = dyn_cast<DISubrange>(N))
      if (auto *CI = dyn_cast_if_present<ConstantInt *>(R->getCount()))
        *Count = CI->getZExtValue();
  return *Count ? A->getBaseType() : nullptr;
}

struct Field {
  uint64_t Offset = 0, LenOffset = 0, Stride = 0, HeadOffset = 0;
  bool Dynamic = false; // a Box<dyn Trait>: its pointee may lead on
  // The enum variant it belongs to (MEMSCOPE_DISC_* in DiscInfo).
  uint64_t DiscOffset = 0, DiscInfo = 0, DiscLo = 0, DiscHi = 0;
  bool Unreadable = false; // in variants of two enums: left out
  uint8_t Family = 0;
  std::string Name, Type;
  GlobalVariable *Target = nullptr;
};

class Layouts {
public:
  Layouts(Module &M, SiteDescriptors &Sites) : M(M), Sites(Sites) {
    LLVMContext &Ctx = M.getContext();
    PtrTy = PointerType::getUnqual(Ctx);
    I32 = Type::getInt32Ty(Ctx);
    Type *I64 = Type::getInt64Ty(Ctx);
    FieldTy = StructType::create(
        Ctx, {I32, I32, I32, I32, PtrTy, PtrTy, I32, I32, I64, I64},
        "memscope.rust.field");
  }

  /// The layout of T (a memscope_rust_layout global), or null when T holds
  /// nothing to follow.
  GlobalVariable *layoutFor(const DIType *T) { return layoutFor(T, false); }

private:
  /// With Owned (T is what a field owns: a Box's pointee, a container's
  /// element), a T that leads to no Rc or Arc but owns memory (a String, a
  /// struct of Strings) gets a layout too, of those owning fields only: what
  /// a leaked cycle's members own is then part of the cycle's leak to the
  /// last byte (the Strings of a Vec<String>), while allocations that
  /// merely hold a String are still not typed.
  GlobalVariable *layoutFor(const DIType *T, bool Owned);
  GlobalVariable *targetFor(const DIType *T) { return layoutFor(T, true); }

  /// A memscope_rust_layout of Size bytes with these fields, named TypeName.
  GlobalVariable *emitLayout(const std::string &TypeName, uint64_t Size,
                             const std::vector<Field> &Fields);
  /// Lays out a BTreeMap field F (MEMSCOPE_FAMILY_BTREE: its root, its
  /// height, its node as the target if the nodes hold anything to follow);
  /// false if Map is not laid out as std's BTreeMap is.
  bool btreeField(const DIType *Map, const std::string &Owner,
                  uint64_t BaseBits, Field &F);
  void collect(const DIType *T, uint64_t BaseBits, const std::string &Owner,
               std::vector<Field> &Out, unsigned Depth);
  void smartPointer(const DIType *T, StringRef QName, uint64_t BaseBits,
                    const std::string &Owner, std::vector<Field> &Out);
  const DIType *rcSliceElements(const DIType *T, uint64_t *PtrBits, Field &F,
                                uint64_t BaseBits);

  Module &M;
  SiteDescriptors &Sites;
  PointerType *PtrTy;
  Type *I32;
  StructType *FieldTy;
  /// Complete, or being built (a type that holds itself through an Rc).
  DenseMap<const DIType *, GlobalVariable *> Built;
  DenseMap<const DIType *, bool> Empty;
  /// Layouts of owning fields only (Owned), null where T owns nothing.
  DenseMap<const DIType *, GlobalVariable *> OwnedOnly;
  SmallPtrSet<const GlobalVariable *, 16> OwnedOnlyLayouts;
};

/// For an Rc<[T]> or Arc<[T]> (a fat pointer to RcInner<[T]>): T, with
/// F's LenOffset (the length beside the pointer), Stride (T's size) and
/// HeadOffset (where the elements start in the allocation) set and the
/// pointer's offset in *PtrBits; null for any other Rc or Arc.
const DIType *Layouts::rcSliceElements(const DIType *T, uint64_t *PtrBits,
                                       Field &F, uint64_t BaseBits) {
  uint64_t Bits = *PtrBits;
  const DIDerivedType *Ptr = member(T, "ptr");
  const DIDerivedType *NonNull = Ptr ? member(Ptr->getBaseType(), "pointer") : nullptr;
  const DIType *FatPtr = NonNull ? NonNull->getBaseType() : nullptr;
  const DIDerivedType *Data = member(FatPtr, "data_ptr");
  const DIDerivedType *Length = member(FatPtr, "length");
  if (!Data || !Length)
    return nullptr;
  Bits += Ptr->getOffsetInBits() + NonNull->getOffsetInBits();
  uint64_t DataBits = 0;
  const DIType *Inner = pointee(Data->getBaseType(), &DataBits);
  const DIDerivedType *Value = member(Inner, "value"); // RcInner
  if (!Value)
    Value = member(Inner, "data"); // ArcInner
  if (!Value)
    return nullptr;
  // rustc describes the unsized [T] as its first T (or as an array of T).
  const DIType *Element = Value->getBaseType();
  if (auto *Slice = dyn_cast_or_null<DICompositeType>(stripType(Element));
      Slice && Slice->getTag() == dwarf::DW_TAG_array_type)
    Element = Slice->getBaseType();
  uint64_t Size = stripType(Element) ? stripType(Element)->getSizeInBits() / 8 : 0;
  if (!Size)
    return nullptr;
  *PtrBits = Bits + Data->getOffsetInBits();
  F.LenOffset = (BaseBits + Bits + Length->getOffsetInBits()) / 8;
  F.Stride = Size;
  F.HeadOffset = Value->getOffsetInBits() / 8;
  return Element;
}

void Layouts::smartPointer(const DIType *T, StringRef QName, uint64_t BaseBits,
                           const std::string &Owner, std::vector<Field> &Out) {
  Field F;
  F.Name = Owner;
  F.Type = displayName(T->getName());
  uint64_t PtrBits = 0;
  if (QName.starts_with("alloc::rc::Rc<") ||
      QName.starts_with("alloc::sync::Arc<")) {
    F.Family = QName.starts_with("alloc::rc::")
                   ? MEMSCOPE_FAMILY_SHARED_SINGLE
                   : MEMSCOPE_FAMILY_SHARED;
    uint64_t InnerBits = PtrBits;
    if (const DIType *Fat = rcSliceElements(T, &InnerBits, F, BaseBits)) {
      // Rc<[T]>, Arc<[T]> (Rc::from(vec)): length elements of T after the
      // counts, the length beside the pointer.
      PtrBits = InnerBits;
      F.Target = targetFor(Fat);
    } else {
      F.Target = targetFor(pointee(T, &PtrBits));
    }
  } else if (QName.starts_with("alloc::boxed::Box<") &&
             member(T, "data_ptr") && member(T, "length")) {
    // Box<[T]>: a buffer of length elements, read as a Vec's.
    F.Family = MEMSCOPE_FAMILY_VEC;
    const DIDerivedType *Data = member(T, "data_ptr");
    const DIDerivedType *Length = member(T, "length");
    const DIType *Element = pointee(Data->getBaseType(), &PtrBits);
    if (!Element || !stripType(Element))
      return;
    PtrBits += Data->getOffsetInBits();
    F.LenOffset = (BaseBits + Length->getOffsetInBits()) / 8;
    F.Stride = stripType(Element)->getSizeInBits() / 8;
    F.Target = targetFor(Element);
    if (!F.Stride)
      return;
  } else if (QName.starts_with("alloc::boxed::Box<")) {
    F.Family = MEMSCOPE_FAMILY_UNIQUE;
    const DIType *Boxed = nullptr;
    if (auto *D = dyn_cast<DIDerivedType>(stripType(T));
        D && D->getTag() == dwarf::DW_TAG_pointer_type) {
      Boxed = D->getBaseType(); // Box<T> of a sized T is a thin pointer
    } else {
      Boxed = pointee(T, &PtrBits); // Box<dyn Trait>: data pointer first
      // Its concrete type (a closure that captured an Rc) is known only
      // where it was boxed, which typed the allocation itself.
      F.Dynamic = true;
    }
    F.Target = targetFor(Boxed); // null: owned, nothing in it to own
  } else if (QName.starts_with("alloc::vec::Vec<") ||
             QName.starts_with("alloc::collections::vec_deque::VecDeque<")) {
    // A VecDeque is a Vec's buffer used as a ring: len elements from head.
    bool Deque = QName.starts_with("alloc::collections::");
    F.Family = Deque ? MEMSCOPE_FAMILY_VEC_DEQUE : MEMSCOPE_FAMILY_VEC;
    if (Deque) {
      const DIDerivedType *Head = member(T, "head");
      if (!Head)
        return;
      F.HeadOffset = (BaseBits + Head->getOffsetInBits()) / 8;
    }
    const DIType *Element = templateArgument(T);
    const DIDerivedType *Buf = member(T, "buf");
    const DIDerivedType *Inner = Buf ? member(Buf->getBaseType(), "inner") : nullptr;
    const DIDerivedType *Ptr = Inner ? member(Inner->getBaseType(), "ptr") : nullptr;
    const DIDerivedType *Len = member(T, "len");
    if (!Element || !Ptr || !Len)
      return;
    PtrBits = Buf->getOffsetInBits() + Inner->getOffsetInBits() +
              Ptr->getOffsetInBits();
    F.LenOffset = (BaseBits + Len->getOffsetInBits()) / 8;
    F.Stride = stripType(Element)->getSizeInBits() / 8;
    F.Target = targetFor(Element); // null: a buffer of plain elements
    if (!F.Stride)
      return;
  } else if (QName.starts_with("std::collections::hash::map::HashMap<") ||
             QName.starts_with("std::collections::hash::set::HashSet<")) {
    // Elements (K, V), or (T, ()), stored before the control bytes ctrl
    // points to; bucket_mask + 1 buckets.
    F.Family = MEMSCOPE_FAMILY_HASH_TABLE;
    uint64_t TableBits = 0;
    // Through base, map and table: hashbrown's RawTable<T>.
    const DIType *Table =
        findType(T, "hashbrown::raw::RawTable<", &TableBits);
    const DIType *Element = Table ? templateArgument(Table) : nullptr;
    const DIDerivedType *Inner = Table ? member(Table, "table") : nullptr;
    const DIDerivedType *Ctrl =
        Inner ? member(Inner->getBaseType(), "ctrl") : nullptr;
    const DIDerivedType *Mask =
        Inner ? member(Inner->getBaseType(), "bucket_mask") : nullptr;
    if (!Element || !Ctrl || !Mask)
      return;
    PtrBits = TableBits + Inner->getOffsetInBits() + Ctrl->getOffsetInBits();
    if (!pointee(Ctrl->getBaseType(), &PtrBits)) // NonNull<u8>'s pointer
      return;
    F.LenOffset = (BaseBits + TableBits + Inner->getOffsetInBits() +
                   Mask->getOffsetInBits()) /
                  8;
    F.Stride = stripType(Element)->getSizeInBits() / 8;
    F.Target = targetFor(Element);
    if (!F.Stride)
      return;
  } else if (QName == "core::task::wake::Waker") {
    // Its RawWaker's data: Waker::from(Arc<W>) keeps Arc::into_raw there.
    F.Family = MEMSCOPE_FAMILY_WAKER;
    const DIDerivedType *Raw = member(T, "waker");
    const DIDerivedType *Data = Raw ? member(Raw->getBaseType(), "data") : nullptr;
    if (!Data)
      return;
    PtrBits = Raw->getOffsetInBits() + Data->getOffsetInBits();
  } else if (QName.starts_with(
                 "alloc::collections::linked_list::LinkedList<")) {
    // Nodes from head, each its own allocation: the element and, at next,
    // the following node (len of them).
    F.Family = MEMSCOPE_FAMILY_LINKED_LIST;
    const DIDerivedType *Head = member(T, "head"), *Len = member(T, "len");
    if (!Head || !Len)
      return;
    PtrBits = Head->getOffsetInBits();
    const DIType *Node = nonNullTarget(Head->getBaseType(), &PtrBits);
    const DIDerivedType *Next = member(Node, "next");
    const DIDerivedType *Element = member(Node, "element");
    if (!Next || !Element)
      return;
    uint64_t NextBits = Next->getOffsetInBits();
    if (!nonNullTarget(Next->getBaseType(), &NextBits))
      return;
    F.HeadOffset = NextBits / 8;
    F.Stride = Element->getOffsetInBits() / 8;
    F.LenOffset = (BaseBits + Len->getOffsetInBits()) / 8;
    F.Target = targetFor(Element->getBaseType()); // null: plain elements
  } else if (QName.starts_with("alloc::collections::btree::map::BTreeMap<")) {
    // A tree of nodes from root.node, root.height levels of internal nodes
    // above the leaves; each node holds len keys and values.
    F.Family = MEMSCOPE_FAMILY_BTREE;
    if (btreeField(T, Owner, BaseBits, F))
      Out.push_back(std::move(F));
    return;
  } else {
    return;
  }
  F.Offset = (BaseBits + PtrBits) / 8;
  Out.push_back(std::move(F));
}

void Layouts::collect(const DIType *T, uint64_t BaseBits,
                      const std::string &Owner, std::vector<Field> &Out,
                      unsigned Depth) {
  T = stripType(T);
  if (!T || Depth > kMaxDepth)
    return;
  if (auto *D = dyn_cast<DIDerivedType>(T)) {
    // Box<T> of a sized T is described as a pointer type named like Box.
    if (D->getTag() == dwarf::DW_TAG_pointer_type &&
        D->getName().starts_with("alloc::boxed::Box<"))
      smartPointer(D, D->getName(), BaseBits, Owner, Out);
    return; // raw pointers and references are not followed
  }
  auto *C = dyn_cast<DICompositeType>(T);
  if (!C)
    return;
  if (C->getTag() == dwarf::DW_TAG_array_type) {
    const DIType *Element = C->getBaseType();
    // An array of MaybeUninit (a BTreeMap node's keys, an inline buffer)
    // holds initialised elements only up to a length kept elsewhere: the
    // rest may be stale pointers. Such arrays are read by their container's
    // own rule (BTreeMap), never slot by slot.
    if (auto *E = dyn_cast_or_null<DICompositeType>(stripType(Element));
        E && qualifiedName(E).rfind("core::mem::maybe_uninit::MaybeUninit<", 0) == 0)
      return;
    uint64_t Size = stripType(Element) ? stripType(Element)->getSizeInBits() : 0;
    uint64_t Count = 0;
    for (const DINode *N : C->getElements())
      if (auto *R = dyn_cast<DISubrange>(N))
        if (auto *CI = dyn_cast_if_present<ConstantInt *>(R->getCount()))
          Count = CI->getZExtValue();
    for (uint64_t I = 0; I < Count && I < kMaxArrayElements && Size; ++I)
      collect(Element, BaseBits + I * Size, Owner + "[" + std::to_string(I) + "]",
              Out, Depth + 1);
    return;
  }
  std::string QName = qualifiedName(C);
  StringRef Q(QName);
  if (Q.starts_with("alloc::rc::") || Q.starts_with("alloc::sync::Arc<") ||
      Q.starts_with("alloc::sync::Weak<") || Q.starts_with("alloc::boxed::Box<") ||
      Q.starts_with("alloc::vec::Vec<") ||
      Q.starts_with("alloc::collections::vec_deque::VecDeque<") ||
      Q.starts_with("alloc::collections::btree::map::BTreeMap<") ||
      Q.starts_with("alloc::collections::linked_list::LinkedList<") ||
      Q == "core::task::wake::Waker" ||
      Q.starts_with("std::collections::hash::map::HashMap<") ||
      Q.starts_with("std::collections::hash::set::HashSet<")) {
    if (!Q.starts_with("alloc::rc::RcInner<"))
      return smartPointer(C, Q, BaseBits, Owner, Out);
  }
  if (C->getTag() == dwarf::DW_TAG_variant_part) {
    // Each variant's fields are read only while the discriminant says it
    // is the one there: the Weak of `Back(Weak<T>)` is not the Rc of
    // `Strong(Rc<T>)` at the same offset.
    const DIDerivedType *Disc = C->getDiscriminator();
    SmallVector<const DIDerivedType *, 4> Variants;
    int64_t Lo = INT64_MAX, Hi = INT64_MIN;
    for (const DINode *N : C->getElements())
      if (auto *V = dyn_cast<DIDerivedType>(N)) {
        Variants.push_back(V);
        if (auto *Value = dyn_cast_or_null<ConstantInt>(V->getDiscriminantValue())) {
          Lo = std::min(Lo, Value->getSExtValue());
          Hi = std::max(Hi, Value->getSExtValue());
        }
      }
    uint64_t DiscBits = Disc ? BaseBits + Disc->getOffsetInBits() : 0;
    uint64_t DiscBytes = Disc ? Disc->getSizeInBits() / 8 : 0;
    for (const DIDerivedType *V : Variants) {
      size_t First = Out.size();
      collect(V->getBaseType(), BaseBits + V->getOffsetInBits(), Owner, Out,
              Depth + 1);
      if (!Disc || Variants.size() < 2)
        continue;
      auto *Value = dyn_cast_or_null<ConstantInt>(V->getDiscriminantValue());
      for (size_t I = First; I < Out.size(); ++I) {
        Field &F = Out[I];
        // A niche in the pointer itself (Option<Rc<T>>: None is null):
        // the pointer's own validity tells the variant.
        if (DiscBits == F.Offset * 8 && DiscBytes == sizeof(void *))
          continue;
        if ((DiscBytes != 1 && DiscBytes != 2 && DiscBytes != 4 &&
             DiscBytes != 8) ||
            (!Value && Lo > Hi) || DiscBits % 8) {
          F.Unreadable = true; // an odd discriminant
          continue;
        }
        uint64_t NewLo = Value ? Value->getZExtValue() : uint64_t(Lo);
        uint64_t NewHi = Value ? Value->getZExtValue() : uint64_t(Hi);
        if (F.DiscInfo) {
          // Already inside an inner enum's variant. An outer enum whose
          // niche is the same discriminant (Option<Link>: None is a tag
          // value Link does not use) adds nothing when the inner range
          // lies outside the outer niche's; anything else is left out.
          bool Same = F.DiscOffset == DiscBits / 8 &&
                      (F.DiscInfo & 0xff) == DiscBytes &&
                      !(F.DiscInfo & MEMSCOPE_DISC_OUTSIDE);
          if (!(Same && !Value && (F.DiscHi < NewLo || F.DiscLo > NewHi)))
            F.Unreadable = true;
          continue;
        }
        F.DiscOffset = DiscBits / 8;
        F.DiscInfo = DiscBytes | MEMSCOPE_DISC_PRESENT |
                     (Value ? 0 : MEMSCOPE_DISC_OUTSIDE);
        F.DiscLo = NewLo;
        F.DiscHi = NewHi;
      }
    }
    return;
  }
  // A user's struct, tuple struct or enum variant names the fields below it:
  // 'Node::next', 'Pair::0', 'List::Cons::1'.
  // A tuple's fields ('__0', '__1': a HashMap's (K, V)) name nothing.
  bool User = !inStandardLibrary(C) && !C->getName().empty() &&
              !C->getName().starts_with("(");
  for (const DINode *N : C->getElements()) {
    // An enum's variants: a variant part among its elements.
    if (auto *Part = dyn_cast<DICompositeType>(N)) {
      if (Part->getTag() == dwarf::DW_TAG_variant_part)
        collect(Part, BaseBits, Owner, Out, Depth + 1);
      continue;
    }
    auto *Mem = dyn_cast<DIDerivedType>(N);
    if (!Mem || Mem->getTag() != dwarf::DW_TAG_member || Mem->isStaticMember())
      continue;
    std::string Name = Owner;
    if (User) {
      StringRef MemName = Mem->getName();
      MemName.consume_front("__");
      std::string TypeName = C->getName().str();
      if (auto *Parent = dyn_cast_or_null<DICompositeType>(C->getScope());
          Parent && Parent->getTag() != dwarf::DW_TAG_namespace &&
          !inStandardLibrary(Parent))
        TypeName = Parent->getName().str() + "::" + TypeName;
      Name = displayName(TypeName) + "::" + MemName.str();
    }
    collect(Mem->getBaseType(), BaseBits + Mem->getOffsetInBits(), Name, Out,
            Depth + 1);
  }
}

/// User types with their crate's path, as rustc names them in generics
/// (Rc<rc_cycles::Node>): rc_cycles::Inner.
static std::string layoutName(const DIType *T) {
  return displayName(inStandardLibrary(T) ? T->getName().str()
                                          : qualifiedName(T));
}

GlobalVariable *Layouts::layoutFor(const DIType *T, bool Owned) {
  T = stripType(T);
  if (!T)
    return nullptr;
  if (auto It = Built.find(T); It != Built.end())
    return It->second;
  if (Empty.count(T)) {
    if (!Owned)
      return nullptr;
    if (auto It = OwnedOnly.find(T); It != OwnedOnly.end())
      return It->second;
  }
  // Made before its fields, which may lead back to it.
  auto *GV = new GlobalVariable(M, PtrTy, /*isConstant=*/false,
                                GlobalValue::PrivateLinkage, nullptr,
                                "memscope.rust.layout");
  Built[T] = GV;
  std::vector<Field> Fields;
  collect(T, 0, "", Fields, 0);
  llvm::erase_if(Fields, [](const Field &F) { return F.Unreadable; });
  // A Box, Vec or map whose contents hold nothing to follow is an edge only
  // beside fields that lead on: it makes what a leaked cycle owns (the
  // String of a node) part of the leak, without typing every allocation
  // that merely holds a String.
  // (A target of owning fields only does not lead on.)
  bool LeadsOn = any_of(Fields, [this](const Field &F) {
    return (F.Target && !OwnedOnlyLayouts.count(F.Target)) || F.Dynamic ||
           F.Family == MEMSCOPE_FAMILY_SHARED ||
           F.Family == MEMSCOPE_FAMILY_SHARED_SINGLE ||
           F.Family == MEMSCOPE_FAMILY_WAKER;
  });
  if (!LeadsOn) {
    Built.erase(T);
    Empty[T] = true;
    // What a field owns keeps its owning fields (a Box-linked list of
    // Strings refers to itself: its fields get this layout); otherwise
    // fields already built that refer to it get null.
    GlobalVariable *Own = nullptr;
    if (Owned && !Fields.empty()) {
      Own = emitLayout(layoutName(T), T->getSizeInBits() / 8, Fields);
      OwnedOnlyLayouts.insert(Own);
    }
    OwnedOnly[T] = Own;
    GV->replaceAllUsesWith(Own ? static_cast<Constant *>(Own)
                               : ConstantPointerNull::get(PtrTy));
    GV->eraseFromParent();
    return Own;
  }

  GlobalVariable *Layout =
      emitLayout(layoutName(T), T->getSizeInBits() / 8, Fields);
  GV->replaceAllUsesWith(Layout);
  GV->eraseFromParent();
  Built[T] = Layout;
  return Layout;
}

bool Layouts::btreeField(const DIType *Map, const std::string &Owner,
                         uint64_t BaseBits, Field &F) {
  // root: Option<NodeRef { height, node: NonNull<LeafNode<K, V>> }>; a
  // leaf's parent: Option<NonNull<InternalNode<K, V>>>, whose edges follow
  // the leaf's fields.
  const DIDerivedType *Root = member(Map, "root");
  uint64_t RootBits = Root ? Root->getOffsetInBits() : 0;
  const DIType *NodeRef =
      Root ? findType(Root->getBaseType(),
                      "alloc::collections::btree::node::NodeRef<", &RootBits)
           : nullptr;
  const DIDerivedType *Height = member(NodeRef, "height");
  const DIDerivedType *NodeM = member(NodeRef, "node");
  if (!Height || !NodeM)
    return false;
  uint64_t PtrBits = RootBits + NodeM->getOffsetInBits();
  const DIType *Leaf = pointee(NodeM->getBaseType(), &PtrBits);
  const DIDerivedType *Len = member(Leaf, "len");
  const DIDerivedType *Keys = member(Leaf, "keys");
  const DIDerivedType *Vals = member(Leaf, "vals");
  const DIDerivedType *Parent = member(Leaf, "parent");
  uint64_t Ignored = 0;
  const DIType *Internal =
      Parent ? nonNullTarget(Parent->getBaseType(), &Ignored) : nullptr;
  const DIDerivedType *Edges = member(Internal, "edges");
  uint64_t Capacity = 0, EdgeCount = 0;
  const DIType *Key = arrayElement(Keys, &Capacity);
  const DIType *Value = arrayElement(Vals, &Capacity);
  if (!Len || !Key || !Value || !arrayElement(Edges, &EdgeCount) ||
      EdgeCount != Capacity + 1)
    return false;
  F.Offset = (BaseBits + PtrBits) / 8;
  F.LenOffset = (BaseBits + RootBits + Height->getOffsetInBits()) / 8;
  // The node's fields: keys and values as buffers of len elements (the
  // capacity in HeadOffset), and the edges to len + 1 children.
  std::vector<Field> Node(3);
  for (unsigned I = 0; I < 2; ++I) {
    const DIDerivedType *Array = I ? Vals : Keys;
    const DIType *Element = I ? Value : Key;
    Node[I].Family = MEMSCOPE_FAMILY_VEC;
    Node[I].Offset = Array->getOffsetInBits() / 8;
    Node[I].LenOffset = Len->getOffsetInBits() / 8;
    Node[I].Stride = stripType(Element)->getSizeInBits() / 8;
    Node[I].HeadOffset = Capacity;
    Node[I].Target = Node[I].Stride ? targetFor(Element) : nullptr;
  }
  Node[2].Family = MEMSCOPE_FAMILY_UNIQUE;
  Node[2].Offset = Edges->getOffsetInBits() / 8;
  Node[2].Stride = sizeof(void *);
  for (Field &N : Node) {
    N.Name = Owner;
    N.Type = F.Type;
  }
  // Nodes that hold nothing to follow are owned, not read; nodes whose
  // keys and values own memory but lead to no Rc are read only as what a
  // field owns (they do not make their map's holder lead on).
  if (Node[0].Target || Node[1].Target) {
    F.Target = emitLayout(F.Type, stripType(Leaf)->getSizeInBits() / 8, Node);
    auto LeadsOn = [this](const GlobalVariable *T) {
      return T && !OwnedOnlyLayouts.count(T);
    };
    if (!LeadsOn(Node[0].Target) && !LeadsOn(Node[1].Target))
      OwnedOnlyLayouts.insert(F.Target);
  }
  return true;
}

GlobalVariable *Layouts::emitLayout(const std::string &TypeName,
                                    uint64_t Size,
                                    const std::vector<Field> &Fields) {
  SmallVector<Constant *, 8> FieldInits;
  for (const Field &F : Fields) {
    SiteFields S;
    S.Op = MEMSCOPE_OP_FIELD;
    S.Family = F.Family;
    S.Flags = MEMSCOPE_SITE_RUST;
    S.Variable = F.Name;
    S.Type = F.Type;
    GlobalVariable *Site = Sites.create(S);
    Constant *Target = F.Target ? static_cast<Constant *>(F.Target)
                                : ConstantPointerNull::get(PtrTy);
    FieldInits.push_back(ConstantStruct::get(
        FieldTy, {ConstantInt::get(I32, F.Offset), ConstantInt::get(I32, F.LenOffset),
                  ConstantInt::get(I32, F.Stride),
                  ConstantInt::get(I32, F.HeadOffset), Site, Target,
                  ConstantInt::get(I32, F.DiscOffset),
                  ConstantInt::get(I32, F.DiscInfo),
                  ConstantInt::get(Type::getInt64Ty(M.getContext()), F.DiscLo),
                  ConstantInt::get(Type::getInt64Ty(M.getContext()), F.DiscHi)}));
  }
  auto *FieldArrayTy = ArrayType::get(FieldTy, FieldInits.size());
  auto *FieldArray = new GlobalVariable(
      M, FieldArrayTy, /*isConstant=*/true, GlobalValue::PrivateLinkage,
      ConstantArray::get(FieldArrayTy, FieldInits), "memscope.rust.fields");
  FieldArray->setAlignment(Align(8));

  SiteFields Head;
  Head.Op = MEMSCOPE_OP_ALLOC_TYPE;
  Head.Flags = MEMSCOPE_SITE_RUST | MEMSCOPE_SITE_RUST_LAYOUT;
  Head.Type = TypeName;
  Constant *HeadInit = Sites.initializer(Head);
  // struct memscope_rust_layout: the site (written by the runtime: its id),
  // then size, count and fields.
  auto *Layout = new GlobalVariable(
      M, StructType::get(M.getContext(), {HeadInit->getType(), I32, I32, PtrTy}),
      /*isConstant=*/false, GlobalValue::PrivateLinkage,
      ConstantStruct::getAnon({HeadInit,
                               ConstantInt::get(I32, Size),
                               ConstantInt::get(I32, Fields.size()), FieldArray}),
      "memscope.rust.layout");
  Layout->setAlignment(Align(8));
  ++NumRustLayouts;
  return Layout;
}

/// A pointer, or a {ptr, len} whose first field is the allocation's start.
bool returnsPointer(Type *T) {
  if (T->isPointerTy())
    return true;
  auto *ST = dyn_cast<StructType>(T);
  return ST && ST->getNumElements() == 2 &&
         ST->getElementType(0)->isPointerTy();
}

/// The innermost Box<T> constructor, or Rc/Arc allocate_for_layout, the
/// call at DL was made in (its own scope, the scopes it was inlined
/// through, then the function's).
const DIType *typeOfAllocationAt(const DILocation *DL, const Function &F) {
  for (const DILocation *L = DL; L; L = L->getInlinedAt()) {
    const DISubprogram *SP = L->getScope()->getSubprogram();
    if (const DIType *T = boxedType(SP))
      return T;
    if (const DIType *T = rcInnerType(SP))
      return T;
  }
  if (DL)
    return nullptr;
  if (const DIType *T = boxedType(F.getSubprogram()))
    return T;
  return rcInnerType(F.getSubprogram());
}

} // namespace

namespace memscope {

/// Stacks end in \p F, std's __rust_begin_short_backtrace: on entry it
/// tells the runtime its frame (include/memscope/abi.h).
static void markOutermostFrame(Function &F) {
  Module &M = *F.getParent();
  LLVMContext &C = M.getContext();
  Type *Ptr = PointerType::getUnqual(C);
  FunctionCallee Mark = M.getOrInsertFunction(
      MEMSCOPE_OUTERMOST_FRAME_NAME,
      FunctionType::get(Type::getVoidTy(C), {Ptr, Ptr}, false));
  if (auto *Decl = dyn_cast<Function>(Mark.getCallee()))
    Decl->setDoesNotThrow();
  IRBuilder<> IRB(&*F.getEntryBlock().getFirstInsertionPt());
  Value *Zero = IRB.getInt32(0);
  Value *Frame = IRB.CreateIntrinsic(Intrinsic::frameaddress,
                                     {IRB.getPtrTy(M.getDataLayout().getAllocaAddrSpace())},
                                     {Zero});
  Value *Ret = IRB.CreateIntrinsic(Intrinsic::returnaddress, {}, {Zero});
  CallInst *Call = IRB.CreateCall(Mark, {Frame, Ret});
  if (DISubprogram *SP = F.getSubprogram())
    Call->setDebugLoc(DILocation::get(C, SP->getLine(), 0, SP));
  ++NumOutermostFrames;
}

PreservedAnalyses RustTypesPass::run(Module &M, ModuleAnalysisManager &) {
  if (!ClRustTypes || M.getModuleFlag(DoneFlag) || !isRustModule(M))
    return PreservedAnalyses::all();
  M.addModuleFlag(Module::Max, DoneFlag, 1);

  SiteDescriptors Sites(M);
  Layouts L(M, Sites);
  FunctionCallee AllocType = allocTypeFunction(M);

  SmallVector<std::pair<CallBase *, GlobalVariable *>, 16> Typed;
  DenseMap<const Function *, bool> IsAllocation;
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    if (F.getName().contains("__rust_begin_short_backtrace"))
      markOutermostFrame(F);
    for (Instruction &I : instructions(F)) {
      auto *CB = dyn_cast<CallBase>(&I);
      Function *Callee = CB ? CB->getCalledFunction() : nullptr;
      if (!Callee || !returnsPointer(CB->getType()))
        continue;
      // Rc<T>::allocate_for_layout not inlined (opt-level 0): its result
      // is the RcInner<T> it allocated (the allocation itself is made in
      // a closure of its caller's, outside any constructor's scope).
      if (CB->getType()->isPointerTy())
        if (const DIType *Inner = rcInnerType(Callee->getSubprogram()))
          if (GlobalVariable *Layout = L.layoutFor(Inner)) {
            Typed.push_back({CB, Layout});
            continue;
          }
      auto [It, New] = IsAllocation.try_emplace(Callee, false);
      if (New)
        It->second = isAllocationFunction(rustPath(Callee->getName()));

      if (!It->second)
        continue;
      const DIType *T = typeOfAllocationAt(CB->getDebugLoc().get(), F);
      // A boxed array is most often vec![..]'s buffer, whose elements past
      // the Vec's len are stale after pop, truncate or clear: it is read
      // with the len of the Vec that holds it, never by its array type.
      if (auto *A = dyn_cast_or_null<DICompositeType>(stripType(T));
          A && A->getTag() == dwarf::DW_TAG_array_type)
        continue;
      if (GlobalVariable *Layout = T ? L.layoutFor(T) : nullptr)
        Typed.push_back({CB, Layout});
    }
  }

  for (auto [CB, Layout] : Typed) {
    BasicBlock::iterator At = afterCall(*CB);
    IRBuilder<> IRB(At->getParent(), At);
    if (!CB->getType()->isPointerTy()) {
      // {ptr, len}: the pointer is typed; the pair is used as it was.
      CallInst *RT = IRB.CreateCall(AllocType, {Layout, IRB.CreateExtractValue(CB, 0)});
      RT->setDebugLoc(CB->getDebugLoc());
      ++NumRustAllocTypes;
      continue;
    }
    CallInst *RT = IRB.CreateCall(AllocType, {Layout, CB});
    RT->setDebugLoc(CB->getDebugLoc());
    CB->replaceUsesWithIf(RT, [&](Use &U) { return U.getUser() != RT; });
    ++NumRustAllocTypes;
  }
  return Typed.empty() ? PreservedAnalyses::all() : PreservedAnalyses::none();
}

} // namespace memscope
