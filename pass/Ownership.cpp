//===- pass/Ownership.cpp - smart-pointer events and allocation types -----===//
//
// Recognises calls by their demangled callee, then rewrites them:
//
//   call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %c, ptr %a)    ; c(a)
//   call void @__memscope_own_update(ptr @memscope.site, ptr %c, ptr %a)
//
// One private, writable descriptor per instrumented call (struct
// memscope_site: op, family, flags, line, column, file, caller, the slot's
// variable name, the pointee type); its strings are private constants shared
// by the module. own_update, borrow and alloc_type go after the call (at the
// start of the normal destination of an invoke), own_destroy before the
// destructor. The slot is always the smart pointer object itself, whose first
// word is the stored pointer in every class recognised here: a unique_ptr
// with a deleter other than std::default_delete only where the unit's debug
// info shows it one pointer wide (an empty deleter); one whose deleter takes
// room (libstdc++'s layout may put it first) is left alone.
//
// Calls made by the smart pointers' own members and by make_*/pointer casts
// are not instrumented: they are the library doing what the recognised call
// already stands for (nor are the get() calls of std's comparison operators
// and std::hash). Allocation types are named wherever they happen, library
// code included (make_shared's control block is allocated there).
//
// See also: pass/Ownership.h, include/memscope/abi.h,
// runtime/memscope_ownership.cpp, test/Instrumentation/ownership-*.
//
//===----------------------------------------------------------------------===//

#include "Instrumentable.h"
#include "Ownership.h"
#include "Sites.h"

#include "memscope/abi.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Path.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

#include <cstdlib>
#include <optional>
#include <string>

using namespace llvm;
using memscope::afterCall;
using memscope::allocTypeFunction;
using memscope::SiteDescriptors;
using memscope::SiteFields;

#define DEBUG_TYPE "memscope"

static cl::opt<bool> ClInstrumentOwnership(
    "memscope-instrument-ownership", cl::init(true), cl::Hidden,
    cl::desc("Record what calls do to std::shared_ptr, std::weak_ptr and "
             "std::unique_ptr objects (construction, copy, move, reset, "
             "swap, release, lock, destruction, make_*, pointer casts)."));

static cl::opt<bool> ClInstrumentBorrows(
    "memscope-instrument-borrows", cl::init(true), cl::Hidden,
    cl::desc("Record get(), operator-> and operator* on shared_ptr and "
             "unique_ptr; these run in inner loops, so they can be turned "
             "off alone."));

static cl::opt<bool> ClInstrumentLibrary(
    "memscope-ownership-in-library", cl::init(false), cl::Hidden,
    cl::desc("Also record the smart-pointer operations that the smart "
             "pointers' own members and make_*/pointer casts perform (the "
             "library's temporaries, with header sites); for debugging."));

static cl::opt<bool> ClLibraryCallers(
    "memscope-library-callers", cl::init(true), cl::Hidden,
    cl::desc("Around calls from user code into library code that makes "
             "ownership events, keep the call's descriptor in "
             "__memscope_caller, so that those events name the user's line "
             "without unwinding the stack."));

static cl::opt<bool> ClInstrumentAllocTypes(
    "memscope-instrument-alloc-types", cl::init(true), cl::Hidden,
    cl::desc("Name the type of allocations made by new-expressions, by "
             "std::allocator<T>::allocate and by malloc into a typed local."));

STATISTIC(NumOwnerUpdates, "Number of smart-pointer operations recorded");
STATISTIC(NumOwnerDestroys, "Number of smart-pointer destructions recorded");
STATISTIC(NumBorrows, "Number of borrows (get, ->, *) recorded");
STATISTIC(NumAllocTypes, "Number of allocations given a type");
STATISTIC(NumLibraryCallers,
          "Number of smart-pointer implementation functions left alone");
STATISTIC(NumCallerSites,
          "Number of user calls into library code that makes ownership "
          "events");

/// Module flag set once the pass has run, so that running it again (a
/// pipeline naming it twice, ThinLTO reaching PipelineStart in the back end
/// as well) records nothing twice.
static constexpr StringLiteral DoneFlag = "memscope.ownership";

/// Functions with this prefix belong to the runtime.

//===----------------------------------------------------------------------===//
// Demangled names
//
// Everything here works on the demangler's output with inline namespaces and
// ABI tags removed, so libstdc++'s `std::shared_ptr<T>` and libc++'s
// `std::__1::shared_ptr[abi:ne220108]<T>` read alike.
//===----------------------------------------------------------------------===//

namespace {

/// Removes `__1::` and `__cxx11::` after `std::` and every `[abi:...]` tag.
std::string normaliseName(StringRef S) {
  std::string Out;
  Out.reserve(S.size());
  auto AfterStd = [&Out] {
    StringRef O(Out);
    return O.ends_with("std::") &&
           (O.size() == 5 ||
            !(isAlnum(O[O.size() - 6]) || O[O.size() - 6] == '_'));
  };
  for (size_t I = 0; I < S.size();) {
    StringRef Rest = S.substr(I);
    if (Rest.starts_with("[abi:")) {
      size_t End = Rest.find(']');
      if (End != StringRef::npos) {
        I += End + 1;
        continue;
      }
    }
    if (AfterStd()) {
      StringRef Inline = Rest.starts_with("__1")       ? "__1"
                         : Rest.starts_with("__cxx11") ? "__cxx11"
                                                       : "";
      StringRef After = Rest.substr(Inline.size());
      if (!Inline.empty() && After.consume_front("::")) {
        I = S.size() - After.size();
        continue;
      }
      // The context of libc++'s free functions is `std::__1` itself.
      if (!Inline.empty() && After.empty()) {
        Out.resize(Out.size() - 2);
        break;
      }
    }
    Out += S[I++];
  }
  return Out;
}

/// Returns the index of the bracket closing the one at S[Open] ('(', '[' or
/// '<'), or npos. Inside () and [] only those count, so an expression in a
/// template argument such as `(1<2)` opens nothing; the `>` of `->` never
/// closes anything.
size_t findClose(StringRef S, size_t Open) {
  SmallVector<char, 8> Stack;
  for (size_t I = Open; I < S.size(); ++I) {
    char C = S[I];
    bool InExpr = !Stack.empty() && Stack.back() != '<';
    if (C == '(' || C == '[' || (C == '<' && !InExpr)) {
      Stack.push_back(C);
      continue;
    }
    char Opener = C == ')' ? '(' : C == ']' ? '[' : C == '>' ? '<' : 0;
    if (!Opener || (C == '>' && (InExpr || (I > 0 && S[I - 1] == '-'))))
      continue;
    if (Stack.empty() || Stack.back() != Opener)
      return StringRef::npos;
    Stack.pop_back();
    if (Stack.empty())
      return I;
  }
  return StringRef::npos;
}

using NameList = SmallVector<StringRef, 4>;

/// Splits \p S at every \p Sep outside brackets, trimming each piece:
///   splitTopLevel("T, std::pair<A, B>, (__gnu_cxx::_Lock_policy)2", ",")
///     -> {"T", "std::pair<A, B>", "(__gnu_cxx::_Lock_policy)2"}
///   splitTopLevel("std::__shared_ptr<T, (__gnu_cxx::_Lock_policy)2>", "::")
///     -> {"std", "__shared_ptr<T, (__gnu_cxx::_Lock_policy)2>"}
/// An empty \p S is an empty list. Unbalanced brackets give std::nullopt.
std::optional<NameList> splitTopLevel(StringRef S, StringRef Sep) {
  NameList Pieces;
  S = S.trim();
  if (S.empty())
    return Pieces;
  size_t Start = 0;
  for (size_t I = 0; I < S.size();) {
    char C = S[I];
    if (C == '(' || C == '[' || C == '<') {
      size_t Close = findClose(S, I);
      if (Close == StringRef::npos)
        return std::nullopt;
      I = Close + 1;
      continue;
    }
    if ((C == ')' || C == ']' || C == '>') &&
        !(C == '>' && I && S[I - 1] == '-'))
      return std::nullopt;
    if (S.substr(I).starts_with(Sep)) {
      Pieces.push_back(S.slice(Start, I).trim());
      I += Sep.size();
      Start = I;
      continue;
    }
    ++I;
  }
  Pieces.push_back(S.substr(Start).trim());
  return Pieces;
}

/// The inside of a list that \p S is entirely wrapped in: "(A, B)" with
/// \p Open '(' gives "A, B"; anything else gives std::nullopt.
std::optional<StringRef> unwrap(StringRef S, char Open) {
  S = S.trim();
  if (S.empty() || S.front() != Open || findClose(S, 0) != S.size() - 1)
    return std::nullopt;
  return S.drop_front().drop_back();
}

/// `name<args>` with the `<` closing at the very end.
struct TemplateId {
  StringRef Name;
  NameList Args;
};

std::optional<TemplateId> parseTemplateId(StringRef S) {
  S = S.trim();
  size_t Open = S.find('<');
  if (Open == StringRef::npos || Open == 0)
    return std::nullopt;
  std::optional<StringRef> Inside = unwrap(S.substr(Open), '<');
  if (!Inside)
    return std::nullopt;
  std::optional<NameList> Args = splitTopLevel(*Inside, ",");
  if (!Args)
    return std::nullopt;
  return TemplateId{S.take_front(Open).trim(), std::move(*Args)};
}

/// Removes a leading `const ` or trailing ` const` (the demangler writes
/// `Node const`, DWARF names `const Node`).
StringRef stripConst(StringRef T, bool &WasConst) {
  T = T.trim();
  WasConst = false;
  if (T.consume_front("const "))
    WasConst = true;
  if (T.consume_back(" const"))
    WasConst = true;
  return T.trim();
}

//===----------------------------------------------------------------------===//
// The classes and calls recognised
//===----------------------------------------------------------------------===//

enum class PtrKind { Shared, SharedAccess, Weak, Unique, EnableShared };

/// A class whose objects keep the stored pointer in their first word, or a
/// base through which they are used.
struct SmartPtr {
  PtrKind Kind;
  /// libstdc++'s _S_single lock policy: counts that are not atomic.
  bool SinglePolicy = false;
  std::string Pointee;
  /// A unique_ptr whose deleter is not std::default_delete: its stored
  /// pointer is the first word only if the deleter is empty (the class is
  /// one pointer wide), which the unit's debug info must confirm.
  bool CustomDeleter = false;
  std::string Name;

  uint8_t sharedFamily() const {
    return SinglePolicy ? MEMSCOPE_FAMILY_SHARED_SINGLE
                        : MEMSCOPE_FAMILY_SHARED;
  }
  /// The family of an object of this class.
  uint8_t family() const {
    switch (Kind) {
    case PtrKind::Weak:
      return MEMSCOPE_FAMILY_WEAK;
    case PtrKind::Unique:
      return MEMSCOPE_FAMILY_UNIQUE;
    default:
      return sharedFamily();
    }
  }
  /// Shared, weak and unique pointers own a slot; the other two are bases.
  bool isOwner() const {
    return Kind == PtrKind::Shared || Kind == PtrKind::Weak ||
           Kind == PtrKind::Unique;
  }
};

/// Recognises a normalised class name such as `std::shared_ptr<Node>` or
/// `std::__shared_ptr<Node, (__gnu_cxx::_Lock_policy)0>`. Only the class
/// itself: `std::shared_ptr<T>::__nested` is not one.
std::optional<SmartPtr> recogniseClass(StringRef Name) {
  std::optional<NameList> Scope = splitTopLevel(Name, "::");
  if (!Scope || Scope->size() != 2 || (*Scope)[0] != "std")
    return std::nullopt;
  std::optional<TemplateId> Id = parseTemplateId((*Scope)[1]);
  if (!Id || Id->Args.empty())
    return std::nullopt;
  const NameList &Args = Id->Args;
  // libstdc++'s policy, as demangled and as DWARF spells it.
  bool Single = Args.size() > 1 && (Args[1] == "(__gnu_cxx::_Lock_policy)0" ||
                                    Args[1] == "__gnu_cxx::_S_single");
  std::optional<PtrKind> Kind =
      StringSwitch<std::optional<PtrKind>>(Id->Name)
          .Cases({"shared_ptr", "__shared_ptr"}, PtrKind::Shared)
          .Case("__shared_ptr_access", PtrKind::SharedAccess)
          .Cases({"weak_ptr", "__weak_ptr"}, PtrKind::Weak)
          .Case("unique_ptr", PtrKind::Unique)
          .Cases({"enable_shared_from_this", "__enable_shared_from_this"},
                 PtrKind::EnableShared)
          .Default(std::nullopt);
  if (!Kind)
    return std::nullopt;
  SmartPtr P{*Kind, Single, Args[0].str()};
  P.Name = Name.str();
  if (*Kind == PtrKind::Unique) {
    if (Args.size() != 2)
      return std::nullopt;
    // Another deleter that takes room may come first in libstdc++'s layout.
    P.CustomDeleter = !Args[1].starts_with("std::default_delete<");
  }
  return P;
}

/// A recognised owner class \p Param names as `X const&` or `X&&`.
std::optional<SmartPtr> ownerParam(StringRef Param, StringRef Suffix) {
  if (!Param.consume_back(Suffix))
    return std::nullopt;
  std::optional<SmartPtr> X = recogniseClass(Param.trim());
  if (!X || !X->isOwner())
    return std::nullopt;
  return X;
}

/// `Y*`, or a pointer to a function pointer, `int (**)(char)`.
bool isRawPointer(StringRef Param) {
  return Param.ends_with("*") ||
         (Param.ends_with(")") && Param.contains("(**"));
}

bool isNullptrT(StringRef Param) {
  return Param == "std::nullptr_t" || Param == "decltype(nullptr)";
}

/// Which runtime entry point a call gets.
enum class Entry : uint8_t { None, Update, Destroy, Borrow, AllocType };

/// A value of the instrumented call, chosen by position so that the sret
/// argument (first on x86-64, before `this`) never shifts the others.
enum class Operand : uint8_t {
  None,
  This,   ///< the object a member is called on
  Arg0,   ///< the first declared parameter
  Sret,   ///< where a returned smart pointer is constructed
  Result, ///< the returned pointer
};

/// What to do with the calls of one callee.
struct CallRule {
  Entry Kind = Entry::None;
  uint8_t Op = 0;
  uint8_t Family = 0;
  uint16_t Flags = 0;
  Operand Slot = Operand::None;
  Operand Other = Operand::None;
  /// The callee takes `this` before its declared parameters.
  bool IsMember = false;
  /// reset(p) where p is a literal null pointer empties the slot.
  bool NullArgIsReset = false;
  std::string Type;
  /// unique_ptr classes with a custom deleter among the callee's class,
  /// parameters and result: each must be one pointer wide (an empty
  /// deleter) for the call to be instrumented.
  SmallVector<std::string, 1> DeleterClasses;

  explicit operator bool() const { return Kind != Entry::None; }
};

CallRule makeRule(Entry Kind, uint8_t Op, uint8_t Family, StringRef Pointee,
                  Operand Slot, Operand Other = Operand::None) {
  CallRule R;
  R.Kind = Kind;
  R.Op = Op;
  R.Family = Family;
  R.Slot = Slot;
  R.Other = Other;
  bool Const;
  R.Type = stripConst(Pointee, Const).str();
  if (Const)
    R.Flags |= MEMSCOPE_SITE_CONST_POINTEE;
  return R;
}

/// Members of the recognised classes: \p Base is the member's name,
/// \p Params its parameter types.
CallRule memberRule(const SmartPtr &Class, StringRef Base,
                    ArrayRef<StringRef> Params, bool IsCtorOrDtor) {
  uint8_t Family = Class.family();
  StringRef T = Class.Pointee;
  StringRef P0 = Params.empty() ? StringRef() : Params[0];
  auto Update = [&](uint8_t Op, Operand Other = Operand::None) {
    return makeRule(Entry::Update, Op, Family, T, Operand::This, Other);
  };

  if (Class.Kind == PtrKind::EnableShared) {
    if (Base == "shared_from_this")
      return makeRule(Entry::Update, MEMSCOPE_OP_LOCK, Class.sharedFamily(), T,
                      Operand::Sret);
    if (Base == "weak_from_this")
      return makeRule(Entry::Update, MEMSCOPE_OP_COPY, MEMSCOPE_FAMILY_WEAK, T,
                      Operand::Sret);
    return {};
  }

  if ((Base == "get" || Base == "operator->" || Base == "operator*") &&
      Params.empty() && Class.Kind != PtrKind::Weak) {
    uint8_t Op = Base == "get"          ? MEMSCOPE_OP_GET
                 : Base == "operator->" ? MEMSCOPE_OP_ARROW
                                        : MEMSCOPE_OP_DEREF;
    return makeRule(Entry::Borrow, Op, Family, T, Operand::This);
  }
  if (!Class.isOwner())
    return {};

  if (IsCtorOrDtor) {
    if (Base.starts_with("~"))
      return makeRule(Entry::Destroy, MEMSCOPE_OP_DESTROY, Family, T,
                      Operand::This);
    if (Params.empty() || isNullptrT(P0))
      return {};
    if (isRawPointer(P0) && Class.Kind != PtrKind::Weak)
      return Update(MEMSCOPE_OP_ADOPT);
    if (P0.starts_with("std::_Sp_alloc_shared_tag<") &&
        Class.Kind == PtrKind::Shared)
      return Update(MEMSCOPE_OP_MAKE);
    if (std::optional<SmartPtr> Src = ownerParam(P0, " const&")) {
      if (Class.Kind == PtrKind::Unique)
        return {};
      // shared_ptr(weak_ptr const&) and libstdc++'s (weak const&, nothrow_t)
      // are locks; weak from shared, converting and aliasing ctors copy.
      bool Lock = Class.Kind == PtrKind::Shared && Src->Kind == PtrKind::Weak;
      return Update(Lock ? MEMSCOPE_OP_LOCK : MEMSCOPE_OP_COPY, Operand::Arg0);
    }
    if (ownerParam(P0, "&&"))
      return Update(MEMSCOPE_OP_MOVE, Operand::Arg0);
    return {};
  }

  if (Base == "operator=") {
    if (Params.size() != 1)
      return {};
    if (isNullptrT(P0))
      return Update(MEMSCOPE_OP_RESET);
    if (ownerParam(P0, " const&") && Class.Kind != PtrKind::Unique)
      return Update(MEMSCOPE_OP_COPY, Operand::Arg0);
    if (ownerParam(P0, "&&"))
      return Update(MEMSCOPE_OP_MOVE, Operand::Arg0);
    return {};
  }
  if (Base == "reset") {
    if (Params.empty() || isNullptrT(P0))
      return Update(MEMSCOPE_OP_RESET);
    if (isRawPointer(P0) && Class.Kind != PtrKind::Weak) {
      CallRule R = Update(MEMSCOPE_OP_ADOPT);
      R.NullArgIsReset = true;
      return R;
    }
    return {};
  }
  if (Base == "swap" && Params.size() == 1 && !P0.ends_with("&&") &&
      ownerParam(P0, "&"))
    return Update(MEMSCOPE_OP_SWAP, Operand::Arg0);
  if (Base == "release" && Params.empty() && Class.Kind == PtrKind::Unique)
    return Update(MEMSCOPE_OP_RELEASE);
  if (Base == "lock" && Params.empty() && Class.Kind == PtrKind::Weak)
    return makeRule(Entry::Update, MEMSCOPE_OP_LOCK, Class.sharedFamily(), T,
                    Operand::Sret, Operand::This);
  return {};
}

bool isMakeFunction(StringRef Base) {
  return StringSwitch<bool>(Base)
      .Cases({"make_shared", "allocate_shared", "make_shared_for_overwrite",
              "allocate_shared_for_overwrite", "make_unique",
              "make_unique_for_overwrite"},
             true)
      .Default(false);
}

bool isPointerCast(StringRef Base) {
  return StringSwitch<bool>(Base)
      .Cases({"static_pointer_cast", "dynamic_pointer_cast",
              "const_pointer_cast", "reinterpret_pointer_cast"},
             true)
      .Default(false);
}

/// Free functions of namespace std: the make_* family and the pointer casts.
/// The returned object's pointee is the function's first template argument
/// (libstdc++ spells make_shared's return type through enable_if).
CallRule freeFunctionRule(StringRef Base, ArrayRef<StringRef> TemplateArgs,
                          ArrayRef<StringRef> Params, StringRef Ret) {
  if (TemplateArgs.empty())
    return {};
  if (isMakeFunction(Base)) {
    uint8_t Family = Base.contains("unique") ? MEMSCOPE_FAMILY_UNIQUE
                                             : MEMSCOPE_FAMILY_SHARED;
    if (std::optional<SmartPtr> R = recogniseClass(Ret); R && R->isOwner())
      Family = R->family();
    return makeRule(Entry::Update, MEMSCOPE_OP_MAKE, Family, TemplateArgs[0],
                    Operand::Sret);
  }
  if (isPointerCast(Base) && Params.size() == 1) {
    if (std::optional<SmartPtr> Src = ownerParam(Params[0], " const&");
        Src && Src->Kind == PtrKind::Shared)
      return makeRule(Entry::Update, MEMSCOPE_OP_COPY, Src->family(),
                      TemplateArgs[0], Operand::Sret, Operand::Arg0);
    if (std::optional<SmartPtr> Src = ownerParam(Params[0], "&&");
        Src && Src->Kind == PtrKind::Shared)
      return makeRule(Entry::Update, MEMSCOPE_OP_MOVE, Src->family(),
                      TemplateArgs[0], Operand::Sret, Operand::Arg0);
  }
  return {};
}

/// The element type of libstdc++'s std::allocator<T>, std::__new_allocator<T>
/// and __gnu_cxx::new_allocator<T> and libc++'s std::allocator<T>, if
/// \p Context is one of them.
std::optional<StringRef> allocatorElement(StringRef Context) {
  std::optional<NameList> Scope = splitTopLevel(Context, "::");
  if (!Scope || Scope->size() != 2)
    return std::nullopt;
  std::optional<TemplateId> Id = parseTemplateId((*Scope)[1]);
  if (!Id || Id->Args.size() != 1)
    return std::nullopt;
  bool Std = (*Scope)[0] == "std" &&
             (Id->Name == "allocator" || Id->Name == "__new_allocator");
  bool Gnu = (*Scope)[0] == "__gnu_cxx" && Id->Name == "new_allocator";
  if (!Std && !Gnu)
    return std::nullopt;
  return Id->Args[0];
}

/// allocate() of an allocator of \p Element: make_shared's control block
/// (libstdc++'s _Sp_counted_ptr_inplace<X, ...>, libc++'s
/// __shared_ptr_emplace<X, ...>) holds the one X the program sees; another
/// control block (a shared_ptr made from a unique_ptr or with an allocator)
/// is one object of its own type; anything else is a buffer of Elements.
CallRule allocateRule(StringRef Element) {
  CallRule R;
  R.Kind = Entry::AllocType;
  R.Op = MEMSCOPE_OP_ALLOC_TYPE;
  R.Slot = Operand::Result;
  R.Type = Element.str();
  std::optional<NameList> Scope = splitTopLevel(Element, "::");
  std::optional<TemplateId> Id;
  if (Scope && Scope->size() == 2 && (*Scope)[0] == "std")
    Id = parseTemplateId((*Scope)[1]);
  if (Id && !Id->Args.empty() &&
      (Id->Name == "_Sp_counted_ptr_inplace" ||
       Id->Name == "__shared_ptr_emplace")) {
    R.Type = Id->Args[0].str();
    return R;
  }
  if (Id &&
      (Id->Name.starts_with("_Sp_") || Id->Name.starts_with("__shared_ptr_")))
    return R;
  R.Flags = MEMSCOPE_SITE_ARRAY;
  return R;
}

/// One demangled function name, split the way the rules need it.
struct Demangled {
  bool Valid = false;
  bool IsCtorOrDtor = false;
  std::string Context, Base, Name, Params, Ret;
};

Demangled demangleFunction(StringRef Mangled) {
  Demangled Out;
  if (!Mangled.starts_with("_Z"))
    return Out;
  // The demangler's tree points into the string it parsed.
  std::string Name = Mangled.str();
  ItaniumPartialDemangler D;
  if (D.partialDemangle(Name.c_str()) || !D.isFunction())
    return Out;
  auto Part = [&D](char *(ItaniumPartialDemangler::*Get)(char *, size_t *)
                       const) {
    size_t N = 0;
    char *Buf = (D.*Get)(nullptr, &N);
    std::string S = Buf ? normaliseName(Buf) : std::string();
    std::free(Buf);
    return S;
  };
  Out.Valid = true;
  Out.IsCtorOrDtor = D.isCtorOrDtor();
  Out.Context = Part(&ItaniumPartialDemangler::getFunctionDeclContextName);
  Out.Base = Part(&ItaniumPartialDemangler::getFunctionBaseName);
  Out.Name = Part(&ItaniumPartialDemangler::getFunctionName);
  Out.Params = Part(&ItaniumPartialDemangler::getFunctionParameters);
  Out.Ret = Part(&ItaniumPartialDemangler::getFunctionReturnType);
  return Out;
}

/// The function's own template arguments: `std::make_shared<Node, int>`
/// gives {"Node", "int"}.
NameList functionTemplateArgs(const Demangled &D) {
  StringRef Name(D.Name);
  if (!Name.consume_front(D.Context) || !Name.consume_front("::") ||
      !Name.consume_front(D.Base))
    return {};
  std::optional<StringRef> Inside = unwrap(Name, '<');
  if (!Inside)
    return {};
  return splitTopLevel(*Inside, ",").value_or(NameList());
}

/// Adds to \p R the unique_ptr classes with a custom deleter that the
/// callee's class, parameters or result are.
static void noteDeleterClasses(CallRule &R, StringRef Context,
                               ArrayRef<StringRef> Params, StringRef Ret) {
  auto Note = [&R](StringRef T) {
    T = T.trim();
    T.consume_back("&&") || T.consume_back("&");
    T.consume_back(" const");
    std::optional<SmartPtr> P = recogniseClass(T.trim());
    if (P && P->CustomDeleter && !is_contained(R.DeleterClasses, P->Name))
      R.DeleterClasses.push_back(P->Name);
  };
  Note(Context);
  for (StringRef Param : Params)
    Note(Param);
  Note(Ret);
}

/// The rule for every call of the function named \p Mangled.
CallRule classifyCallee(StringRef Mangled) {
  Demangled D = demangleFunction(Mangled);
  if (!D.Valid)
    return {};
  std::optional<StringRef> ParamList = unwrap(D.Params, '(');
  std::optional<NameList> Params =
      ParamList ? splitTopLevel(*ParamList, ",") : std::nullopt;
  if (!Params)
    return {};
  CallRule R;
  if (std::optional<SmartPtr> Class = recogniseClass(D.Context)) {
    R = memberRule(*Class, D.Base, *Params, D.IsCtorOrDtor);
    R.IsMember = true;
  } else if (D.Context == "std") {
    R = freeFunctionRule(D.Base, functionTemplateArgs(D), *Params, D.Ret);
  } else if (D.Base == "allocate") {
    if (std::optional<StringRef> Element = allocatorElement(D.Context))
      R = allocateRule(*Element);
  }
  if (R)
    noteDeleterClasses(R, D.Context, *Params, D.Ret);
  return R;
}

/// Classes and free functions of std that implement the smart pointers: the
/// calls they make are the library carrying out an operation already
/// recorded at its own call site.
bool isSmartPointerImplementation(const Demangled &D) {
  std::optional<NameList> Scope = splitTopLevel(D.Context, "::");
  if (!Scope || Scope->empty() || (*Scope)[0] != "std")
    return false;
  // A type or parameter that is a recognised owner, whatever its reference.
  auto IsOwner = [](StringRef T) {
    T.consume_back("&&") || T.consume_back("&");
    T.consume_back(" const");
    std::optional<SmartPtr> P = recogniseClass(T.trim());
    return P && P->isOwner();
  };
  if (Scope->size() == 1) {
    StringRef Base(D.Base);
    if (isMakeFunction(Base) || isPointerCast(Base) ||
        Base.starts_with("__make_shared") ||
        Base.starts_with("__allocate_shared"))
      return true;
    // Their comparison and stream operators look at get(): no borrow the
    // program could keep.
    std::optional<StringRef> List = unwrap(D.Params, '(');
    std::optional<NameList> Params =
        List ? splitTopLevel(*List, ",") : std::nullopt;
    return Base.starts_with("operator") && Params && any_of(*Params, IsOwner);
  }
  for (StringRef Component : drop_begin(*Scope)) {
    StringRef Class = Component.take_until([](char C) { return C == '<'; });
    // std::hash<shared_ptr<T>> and std::owner_less<...> likewise.
    if (Class == "hash" || Class == "owner_less")
      if (std::optional<TemplateId> Id = parseTemplateId(Component);
          Id && any_of(Id->Args, IsOwner))
        return true;
    if (Class.starts_with("_Sp_") ||
        StringSwitch<bool>(Class)
            .Cases({"shared_ptr", "__shared_ptr", "__shared_ptr_access",
                    "weak_ptr", "__weak_ptr", "unique_ptr", "__uniq_ptr_impl",
                    "__uniq_ptr_data", "__shared_count", "__weak_count",
                    "enable_shared_from_this", "__enable_shared_from_this",
                    "__shared_weak_count", "__shared_ptr_emplace",
                    "__shared_ptr_pointer"},
                   true)
            .Default(false))
      return true;
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Debug information: type and variable names
//===----------------------------------------------------------------------===//

const DIType *stripQualifiers(const DIType *T, bool StripTypedefs) {
  while (auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    unsigned Tag = D->getTag();
    if (Tag != dwarf::DW_TAG_const_type && Tag != dwarf::DW_TAG_volatile_type &&
        Tag != dwarf::DW_TAG_restrict_type &&
        Tag != dwarf::DW_TAG_atomic_type &&
        !(StripTypedefs && Tag == dwarf::DW_TAG_typedef))
      break;
    T = D->getBaseType();
  }
  return T;
}

/// `a::b::` for the scopes around an entity, inline namespaces included
/// (normaliseName removes std's).
std::string scopePrefix(const DIScope *Scope) {
  std::string Prefix;
  for (; Scope; Scope = Scope->getScope()) {
    StringRef Name;
    if (auto *NS = dyn_cast<DINamespace>(Scope))
      Name = NS->getName().empty() ? "(anonymous namespace)" : NS->getName();
    else if (isa<DICompositeType>(Scope))
      Name = Scope->getName();
    else
      break; // file, compile unit, function-local
    Prefix = (Name + "::" + Prefix).str();
  }
  return Prefix;
}

/// The qualified name of a class, the way the demangler spells it when the
/// ODR identifier allows (`std::__shared_ptr<T, (__gnu_cxx::_Lock_policy)2>`
/// rather than DWARF's `_S_atomic`), from the scope chain otherwise.
std::string compositeName(const DICompositeType *C) {
  StringRef Id = C->getIdentifier();
  if (Id.starts_with("_ZTS")) {
    std::string D = demangle(Id.str());
    StringRef Rest(D);
    if (Rest.consume_front("typeinfo name for "))
      return normaliseName(Rest);
  }
  if (C->getName().empty())
    return "";
  return normaliseName(scopePrefix(C->getScope()) + C->getName().str());
}

/// A readable name for an allocated or pointed-to type: `ns::Widget`, `int`,
/// `char*`, with typedefs resolved. Empty when there is none (void,
/// anonymous types).
std::string typeName(const DIType *T) {
  T = stripQualifiers(T, /*StripTypedefs=*/false);
  if (!T)
    return "";
  if (auto *B = dyn_cast<DIBasicType>(T))
    return B->getName().str();
  if (auto *C = dyn_cast<DICompositeType>(T))
    return compositeName(C);
  if (auto *D = dyn_cast<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_pointer_type: {
      if (!D->getBaseType())
        return "void*";
      std::string Base = typeName(D->getBaseType());
      return Base.empty() ? Base : Base + "*";
    }
    case dwarf::DW_TAG_typedef: {
      // The type itself, so that every site names it alike (and libc++'s
      // `new _CntrlBlk` is its __shared_ptr_pointer); C's typedef of an
      // anonymous struct keeps the typedef's name.
      std::string Underlying = typeName(D->getBaseType());
      if (!Underlying.empty())
        return Underlying;
      return normaliseName(scopePrefix(D->getScope()) + D->getName().str());
    }
    default:
      return "";
    }
  }
  return "";
}

/// Marks the 8-byte words of an object of type \p T at \p OffsetBits in
/// \p Layout: 'p' for a pointer, 'w' for data that holds none; words it
/// cannot tell (unions, raw byte storage, declarations) stay '?'.
void markLayout(const DIType *T, uint64_t OffsetBits, std::string &Layout,
                unsigned Depth = 0) {
  T = stripQualifiers(T, /*StripTypedefs=*/true);
  if (!T || Depth > 16 || OffsetBits / 64 >= Layout.size())
    return;
  auto Mark = [&](uint64_t Bits, char C) {
    for (uint64_t W = OffsetBits / 64;
         W < Layout.size() && W * 64 < OffsetBits + Bits; ++W)
      if (Layout[W] != 'p')
        Layout[W] = C;
  };
  if (auto *B = dyn_cast<DIBasicType>(T)) {
    Mark(B->getSizeInBits(), 'w');
    return;
  }
  if (auto *D = dyn_cast<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_pointer_type:
    case dwarf::DW_TAG_reference_type:
    case dwarf::DW_TAG_rvalue_reference_type:
      if (OffsetBits % 64 == 0)
        Layout[OffsetBits / 64] = 'p';
      return;
    case dwarf::DW_TAG_ptr_to_member_type:
      Mark(D->getSizeInBits(), 'w');
      return;
    default:
      return;
    }
  }
  auto *C = dyn_cast<DICompositeType>(T);
  if (!C || C->isForwardDecl())
    return;
  switch (C->getTag()) {
  case dwarf::DW_TAG_enumeration_type:
    Mark(C->getSizeInBits(), 'w');
    return;
  case dwarf::DW_TAG_array_type: {
    auto *Elem = stripQualifiers(C->getBaseType(), /*StripTypedefs=*/true);
    uint64_t ElemBits = Elem ? Elem->getSizeInBits() : 0;
    // Bytes (a char buffer, aligned storage) may hold anything.
    if (!ElemBits || ElemBits <= 8)
      return;
    for (uint64_t At = 0; At < C->getSizeInBits() &&
                          (OffsetBits + At) / 64 < Layout.size();
         At += ElemBits)
      markLayout(Elem, OffsetBits + At, Layout, Depth + 1);
    return;
  }
  case dwarf::DW_TAG_structure_type:
  case dwarf::DW_TAG_class_type:
    for (const DINode *E : C->getElements()) {
      auto *Member = dyn_cast<DIDerivedType>(E);
      if (!Member || Member->isStaticMember())
        continue;
      if (Member->getTag() == dwarf::DW_TAG_inheritance ||
          Member->getTag() == dwarf::DW_TAG_member) {
        if (Member->isBitField())
          Mark(Member->getSizeInBits(), 'w');
        else
          markLayout(Member->getBaseType(),
                     OffsetBits + Member->getOffsetInBits(), Layout,
                     Depth + 1);
      }
    }
    return;
  default:
    return; // a union: any member may be the live one
  }
}

/// The pointer layout of an allocation of type \p T (MEMSCOPE_SITE_LAYOUT),
/// at most 64 words; empty when nothing is known.
std::string pointerLayout(const DIType *T) {
  T = stripQualifiers(T, /*StripTypedefs=*/true);
  if (!T || !T->getSizeInBits())
    return "";
  std::string Layout(std::min<uint64_t>((T->getSizeInBits() + 63) / 64, 64),
                     '?');
  markLayout(T, 0, Layout);
  return Layout.find_first_not_of('?') == std::string::npos ? "" : Layout;
}

/// The recognised owner class a variable of type \p T is.
std::optional<SmartPtr> smartPointerType(const DIType *T) {
  auto *C = dyn_cast_or_null<DICompositeType>(
      stripQualifiers(T, /*StripTypedefs=*/true));
  if (!C)
    return std::nullopt;
  std::optional<SmartPtr> P = recogniseClass(compositeName(C));
  if (!P || !P->isOwner())
    return std::nullopt;
  if (P->CustomDeleter && C->getSizeInBits() != 64)
    return std::nullopt;
  return P;
}

/// The local variable \p V is declared as (an alloca, or an argument passed
/// indirectly). Above -O0 clang runs assignment tracking before
/// PipelineStart, which turns an alloca's #dbg_declare into #dbg_assign
/// records linked to it.
const DILocalVariable *declaredVariable(Value *V) {
  for (DbgVariableRecord *DVR : findDVRDeclares(V))
    if (DILocalVariable *Var = DVR->getVariable())
      return Var;
  if (auto *Alloca = dyn_cast<AllocaInst>(V))
    for (DbgVariableRecord *DVR : at::getDVRAssignmentMarkers(Alloca))
      if (DILocalVariable *Var = DVR->getVariable())
        return Var;
  // A class passed by value arrives as a pointer, which clang keeps in
  // `%x.indirect_addr` and declares there through DW_OP_deref.
  if (isa<Argument>(V))
    for (User *U : V->users())
      if (auto *Store = dyn_cast<StoreInst>(U);
          Store && Store->getValueOperand() == V)
        for (DbgVariableRecord *DVR :
             findDVRDeclares(Store->getPointerOperand()))
          if (DVR->getExpression()->startsWithDeref())
            if (DILocalVariable *Var = DVR->getVariable())
              return Var;
  return nullptr;
}

} // namespace

//===----------------------------------------------------------------------===//
// The rewrite
//===----------------------------------------------------------------------===//

namespace {

/// What one runtime call records.
struct Site {
  uint8_t Op = 0;
  uint8_t Family = 0;
  uint16_t Flags = 0;
  std::string Variable;
  std::string Type;
  std::string Layout; // allocation types: pointerLayout()
};

/// A call chosen for instrumentation; all are chosen before any is
/// rewritten, because inserting after an invoke may split blocks.
struct Planned {
  CallBase *Call;
  Entry Kind;
  Site S;
  Value *Slot;
  Value *Other;
};

/// What the pass needs to know about the function it is instrumenting.
struct Caller {
  std::string Name;
  /// A member of the smart pointers' implementation or a make_*/cast.
  bool InSmartPointerLibrary = false;
  /// A member of an allocator class: std::allocator<T>::allocate calls
  /// __new_allocator<T>::allocate in C++20 libstdc++; type it once.
  bool InAllocator = false;
};

class Instrumenter {
public:
  explicit Instrumenter(Module &M);

  /// Returns true if \p F changed.
  bool instrumentFunction(Function &F);

  /// After every function is instrumented: makes each call from user code
  /// into library code that makes ownership events name itself in
  /// __memscope_caller while it runs. Returns true if anything changed.
  bool markLibraryCalls();

private:
  void selectCall(CallBase &CB, const Caller &C,
                  SmallVectorImpl<Planned> &Plan);
  std::optional<Planned> selectAllocation(CallBase &CB);
  const CallRule &ruleFor(const GlobalValue &Callee);
  void rewrite(const Planned &P, const Caller &C);

  std::string variableName(Value *Slot);
  std::string gepMemberName(const GEPOperator &GEP);
  std::string memberName(StringRef Struct, uint64_t OffsetBits);
  void indexComposites();

  GlobalVariable *createSite(const Planned &P, const Caller &C);
  void markLibraryCall(CallBase &CB, const Caller &C,
                       GlobalVariable *CallerVar);
  FunctionCallee runtimeFunction(StringRef Name, unsigned NumArgs);
  Instruction *whileTracing(Instruction *Before);
  bool pointerFirst(StringRef UniquePtrClass);

  Module &M;
  const DataLayout &DL;
  LLVMContext &Ctx;
  PointerType *PtrTy;
  SiteDescriptors Sites;
  /// clang's !heapallocsite (the type of a new-expression), not one of
  /// LLVM's fixed kinds.
  unsigned HeapAllocSiteKind;

  DenseMap<const GlobalValue *, CallRule> Rules;

  /// Classes by qualified name, and by name without template arguments (IR
  /// struct names carry none), built on first use.
  bool Indexed = false;
  StringMap<const DICompositeType *> CompositeByName;
  StringMap<SmallVector<const DICompositeType *, 1>> CompositeByTemplate;
};

} // namespace

Instrumenter::Instrumenter(Module &M)
    : M(M), DL(M.getDataLayout()), Ctx(M.getContext()),
      PtrTy(PointerType::getUnqual(M.getContext())), Sites(M),
      HeapAllocSiteKind(M.getContext().getMDKindID("heapallocsite")) {}


static Caller describeCaller(const Function &F) {
  Caller C;
  C.Name = demangle(F.getName().str());
  Demangled D = demangleFunction(F.getName());
  if (D.Valid) {
    C.InSmartPointerLibrary =
        !ClInstrumentLibrary && isSmartPointerImplementation(D);
    C.InAllocator = allocatorElement(D.Context).has_value();
  }
  return C;
}

const CallRule &Instrumenter::ruleFor(const GlobalValue &Callee) {
  auto [It, Inserted] = Rules.try_emplace(&Callee);
  if (Inserted)
    It->second = classifyCallee(Callee.getName());
  return It->second;
}

/// The value of the call that \p O stands for, or null if the call has none.
static Value *operandValue(CallBase &CB, Operand O, bool IsMember) {
  Value *Sret = nullptr;
  SmallVector<Value *, 4> Args;
  for (unsigned I = 0, E = CB.arg_size(); I != E; ++I) {
    if (CB.paramHasAttr(I, Attribute::StructRet))
      Sret = CB.getArgOperand(I);
    else
      Args.push_back(CB.getArgOperand(I));
  }
  Value *V = nullptr;
  switch (O) {
  case Operand::None:
    return nullptr;
  case Operand::This:
    V = Args.empty() ? nullptr : Args[0];
    break;
  case Operand::Arg0: {
    unsigned I = IsMember ? 1 : 0;
    V = Args.size() > I ? Args[I] : nullptr;
    break;
  }
  case Operand::Sret:
    V = Sret;
    break;
  case Operand::Result:
    V = &CB;
    break;
  }
  if (!V || !V->getType()->isPointerTy() ||
      V->getType()->getPointerAddressSpace() != 0)
    return nullptr;
  return V;
}

/// Allocations whose type the source names: new-expressions (clang's
/// !heapallocsite), and malloc-family results stored straight into a local
/// declared as a pointer.
std::optional<Planned> Instrumenter::selectAllocation(CallBase &CB) {
  if (!CB.getType()->isPointerTy())
    return std::nullopt;
  Planned P{&CB, Entry::AllocType, Site(), &CB, nullptr};
  P.S.Op = MEMSCOPE_OP_ALLOC_TYPE;
  if (auto *T = dyn_cast_or_null<DIType>(CB.getMetadata(HeapAllocSiteKind))) {
    P.S.Type = typeName(T);
    P.S.Layout = pointerLayout(T);
    // operator new[]: _Znam, _ZnamRKSt9nothrow_t, _ZnamSt11align_val_t...
    if (Function *Callee = CB.getCalledFunction();
        Callee && Callee->getName().starts_with("_Zna"))
      P.S.Flags |= MEMSCOPE_SITE_ARRAY;
    if (P.S.Type.empty())
      return std::nullopt;
    return P;
  }
  Function *Callee = CB.getCalledFunction();
  if (!Callee ||
      !StringSwitch<bool>(Callee->getName())
           .Cases({"malloc", "calloc", "realloc", "aligned_alloc", "memalign"},
                  true)
           .Default(false))
    return std::nullopt;
  for (User *U : CB.users()) {
    auto *Store = dyn_cast<StoreInst>(U);
    if (!Store || Store->getValueOperand() != &CB)
      continue;
    auto *Local =
        dyn_cast<AllocaInst>(Store->getPointerOperand()->stripPointerCasts());
    const DILocalVariable *Var = Local ? declaredVariable(Local) : nullptr;
    auto *Ptr = dyn_cast_or_null<DIDerivedType>(
        stripQualifiers(Var ? Var->getType() : nullptr, true));
    if (!Ptr || Ptr->getTag() != dwarf::DW_TAG_pointer_type)
      continue;
    P.S.Type = typeName(Ptr->getBaseType());
    if (P.S.Type.empty())
      return std::nullopt;
    P.S.Layout = pointerLayout(Ptr->getBaseType());
    P.S.Variable = Var->getName().str();
    return P;
  }
  return std::nullopt;
}

/// Whether the pointer a borrow (get(), ->, *) returns may outlive the
/// expression: it is stored, passed to a call (a member function's `this`
/// included), returned or merged with another value. One only loaded from,
/// stored to, compared or offset for either cannot dangle later, so no
/// report will quote where it was taken.
static bool rawPointerEscapes(const CallBase &CB) {
  SmallVector<const Value *, 8> Work{&CB};
  SmallPtrSet<const Value *, 8> Seen;
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    for (const Use &U : V->uses()) {
      const auto *I = dyn_cast<Instruction>(U.getUser());
      if (!I)
        return true;
      if (isa<LoadInst>(I) || isa<ICmpInst>(I))
        continue;
      if (isa<StoreInst>(I)) {
        if (U.getOperandNo() == StoreInst::getPointerOperandIndex())
          continue;
        return true;
      }
      if (isa<GetElementPtrInst>(I) || isa<BitCastInst>(I) ||
          isa<AddrSpaceCastInst>(I)) {
        Work.push_back(I);
        continue;
      }
      if (const auto *II = dyn_cast<IntrinsicInst>(I)) {
        if (isa<MemIntrinsic>(II) || II->isAssumeLikeIntrinsic() ||
            II->isLifetimeStartOrEnd())
          continue;
      }
      return true;
    }
  }
  return false;
}

void Instrumenter::selectCall(CallBase &CB, const Caller &C,
                              SmallVectorImpl<Planned> &Plan) {
  // Nothing may come between a musttail call and its return; callbr's
  // successors are not the call's continuation; a call inside a funclet
  // (Windows EH) would need the funclet's bundle.
  if (isa<CallBrInst>(CB) || CB.isMustTailCall() || isa<IntrinsicInst>(CB) ||
      CB.getOperandBundle(LLVMContext::OB_funclet))
    return;

  if (ClInstrumentAllocTypes) {
    if (std::optional<Planned> P = selectAllocation(CB)) {
      Plan.push_back(std::move(*P));
      return;
    }
  }

  const CallRule *Rule = nullptr;
  if (auto *Callee =
          dyn_cast<GlobalValue>(CB.getCalledOperand()->stripPointerCasts()))
    Rule = &ruleFor(*Callee);

  if (Rule && *Rule) {
    switch (Rule->Kind) {
    case Entry::AllocType:
      if (!ClInstrumentAllocTypes || C.InAllocator)
        return;
      break;
    case Entry::Borrow:
      if (!ClInstrumentBorrows || C.InSmartPointerLibrary)
        return;
      break;
    default:
      if (!ClInstrumentOwnership || C.InSmartPointerLibrary)
        return;
      break;
    }
    // A custom deleter that takes room: the stored pointer may not be the
    // first word.
    for (const std::string &Class : Rule->DeleterClasses)
      if (!pointerFirst(Class))
        return;
    Value *Slot = operandValue(CB, Rule->Slot, Rule->IsMember);
    Value *Other = operandValue(CB, Rule->Other, Rule->IsMember);
    // Never guess: a missing operand means the call is not what its name
    // promised (an ABI this pass does not know).
    if (!Slot || (Rule->Other != Operand::None && !Other))
      return;
    Planned P{&CB, Rule->Kind, Site(), Slot, Other};
    P.S.Op = Rule->Op;
    P.S.Family = Rule->Family;
    P.S.Flags = Rule->Flags;
    P.S.Type = Rule->Type;
    // An allocator's element (or make_shared's object): its layout from
    // the unit's DWARF, when the type is defined there.
    if (Rule->Kind == Entry::AllocType && !P.S.Type.empty()) {
      if (!Indexed)
        indexComposites();
      if (auto It = CompositeByName.find(P.S.Type);
          It != CompositeByName.end())
        P.S.Layout = pointerLayout(It->second);
    }
    if (Rule->NullArgIsReset &&
        isa_and_nonnull<ConstantPointerNull>(
            operandValue(CB, Operand::Arg0, Rule->IsMember)))
      P.S.Op = MEMSCOPE_OP_RESET;
    if (Rule->Kind != Entry::AllocType)
      P.S.Variable = variableName(Slot);
    if (P.S.Family == MEMSCOPE_FAMILY_WEAK ||
        (Rule->Kind == Entry::Borrow && !rawPointerEscapes(CB)))
      P.S.Flags |= MEMSCOPE_SITE_TRACE_ONLY;
    Plan.push_back(std::move(P));
    return;
  }

  // A call the pass does not know, returning a smart pointer into a named
  // local: a user function's result landing in its variable.
  if (!ClInstrumentOwnership || C.InSmartPointerLibrary)
    return;
  Value *Sret = operandValue(CB, Operand::Sret, /*IsMember=*/false);
  auto *Local =
      Sret ? dyn_cast<AllocaInst>(Sret->stripPointerCasts()) : nullptr;
  const DILocalVariable *Var = Local ? declaredVariable(Local) : nullptr;
  if (!Var)
    return;
  std::optional<SmartPtr> Type = smartPointerType(Var->getType());
  if (!Type)
    return;
  CallRule R = makeRule(Entry::Update, MEMSCOPE_OP_PRODUCE, Type->family(),
                        Type->Pointee, Operand::Sret);
  Planned P{&CB, Entry::Update, Site(), Sret, nullptr};
  P.S.Op = R.Op;
  P.S.Family = R.Family;
  P.S.Flags = R.Flags;
  P.S.Type = R.Type;
  P.S.Variable = Var->getName().str();
  Plan.push_back(std::move(P));
}

bool Instrumenter::instrumentFunction(Function &F) {
  if (!memscope::isInstrumentable(F))
    return false;
  Caller C = describeCaller(F);
  if (C.InSmartPointerLibrary)
    ++NumLibraryCallers;

  SmallVector<Planned, 16> Plan;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (auto *CB = dyn_cast<CallBase>(&I))
        selectCall(*CB, C, Plan);

  for (const Planned &P : Plan)
    rewrite(P, C);
  return !Plan.empty();
}

/// Whether the unit's debug info shows \p UniquePtrClass (a unique_ptr with
/// a custom deleter) one pointer wide: its deleter is empty and the stored
/// pointer its first word, in libstdc++'s layout as in libc++'s. Without
/// debug info for it, no.
bool Instrumenter::pointerFirst(StringRef UniquePtrClass) {
  if (!Indexed)
    indexComposites();
  auto It = CompositeByName.find(UniquePtrClass);
  return It != CompositeByName.end() &&
         It->second->getSizeInBits() == DL.getPointerSizeInBits();
}

/// Where a MEMSCOPE_SITE_TRACE_ONLY event's call goes: before \p Before in
/// a block entered only while the runtime records a trace, or, in an
/// optnone function (where a branch would spill the slot's address to the
/// frame, a reference the leak check would see), before \p Before itself.
Instruction *Instrumenter::whileTracing(Instruction *Before) {
  if (Before->getFunction()->hasOptNone())
    return Before;
  IRBuilder<> IRB(Before);
  GlobalVariable *On = cast<GlobalVariable>(
      M.getOrInsertGlobal(MEMSCOPE_TRACE_ON_NAME, IRB.getInt8Ty()));
  LoadInst *V = IRB.CreateLoad(IRB.getInt8Ty(), On);
  V->setAlignment(Align(1));
  // The runtime's own byte: no access check.
  V->setMetadata(LLVMContext::MD_nosanitize, MDNode::get(Ctx, {}));
  return SplitBlockAndInsertIfThen(IRB.CreateIsNotNull(V),
                                   Before->getIterator(),
                                   /*Unreachable=*/false);
}

void Instrumenter::rewrite(const Planned &P, const Caller &C) {
  CallBase &CB = *P.Call;
  GlobalVariable *Site = createSite(P, C);
  bool TraceOnly = P.S.Flags & MEMSCOPE_SITE_TRACE_ONLY;

  if (P.Kind == Entry::Destroy) {
    ++NumOwnerDestroys;
    IRBuilder<> IRB(TraceOnly ? whileTracing(&CB) : &CB);
    CallInst *RT = IRB.CreateCall(runtimeFunction(MEMSCOPE_OWN_DESTROY_NAME, 2),
                                  {Site, P.Slot});
    RT->setDebugLoc(CB.getDebugLoc());
    return;
  }

  BasicBlock::iterator At = afterCall(CB);
  if (TraceOnly)
    At = whileTracing(&*At)->getIterator();
  IRBuilder<> IRB(At->getParent(), At);
  CallInst *RT;
  switch (P.Kind) {
  case Entry::Borrow:
    ++NumBorrows;
    RT = IRB.CreateCall(runtimeFunction(MEMSCOPE_BORROW_NAME, 2),
                        {Site, P.Slot});
    break;
  case Entry::AllocType: {
    ++NumAllocTypes;
    // The code after the call uses the pointer it hands back (see
    // allocTypeFunction).
    RT = IRB.CreateCall(allocTypeFunction(M), {Site, P.Slot});
    P.Slot->replaceUsesWithIf(RT, [&](Use &U) { return U.getUser() != RT; });
    break;
  }
  default:
    ++NumOwnerUpdates;
    RT = IRB.CreateCall(
        runtimeFunction(MEMSCOPE_OWN_UPDATE_NAME, 3),
        {Site, P.Slot, P.Other ? P.Other : ConstantPointerNull::get(PtrTy)});
    break;
  }
  RT->setDebugLoc(CB.getDebugLoc());
}

FunctionCallee Instrumenter::runtimeFunction(StringRef Name, unsigned NumArgs) {
  SmallVector<Type *, 3> Params(NumArgs, PtrTy);
  FunctionCallee Callee = M.getOrInsertFunction(
      Name, FunctionType::get(Type::getVoidTy(Ctx), Params, false));
  // The runtime never throws, so the calls need no landing pad.
  if (auto *Fn = dyn_cast<Function>(Callee.getCallee()))
    Fn->addFnAttr(Attribute::NoUnwind);
  return Callee;
}

/// A special member the compiler wrote (an implicit destructor, copy
/// constructor or assignment of a class): its line is its class's, which
/// names no statement, so its events are the program's call's, as a
/// library function's are.
static bool compilerWritten(const Function &F) {
  const DISubprogram *SP = F.getSubprogram();
  return SP && SP->isArtificial() &&
         isa_and_nonnull<DICompositeType>(SP->getScope());
}

GlobalVariable *Instrumenter::createSite(const Planned &P, const Caller &C) {
  SiteFields F;
  F.Op = P.S.Op;
  F.Family = P.S.Family;
  F.Flags = P.S.Flags;
  SiteDescriptors::setLocation(F, P.Call->getDebugLoc().get());
  // libstdc++ and libc++ (/usr/lib/llvm-N/include/c++/v1) alike, and the
  // special members the compiler wrote.
  if (StringRef(F.File).starts_with("/usr/include/") ||
      StringRef(F.File).starts_with("/usr/lib/") ||
      compilerWritten(*P.Call->getFunction()))
    F.Flags |= MEMSCOPE_SITE_SYSTEM_HEADER;

  // libc++'s inline namespace, mangled: its control blocks differ.
  const Function *Callee = P.Call->getCalledFunction();
  if (P.S.Family && Callee && Callee->getName().contains("St3__1"))
    F.Flags |= MEMSCOPE_SITE_LIBCXX;
  if (!P.S.Layout.empty() && !P.S.Type.empty())
    F.Flags |= MEMSCOPE_SITE_LAYOUT;
  F.Function = C.Name;
  F.Variable = P.S.Variable;
  // The layout rides after the type's NUL (MEMSCOPE_SITE_LAYOUT).
  F.Type = P.S.Layout.empty() || P.S.Type.empty()
               ? P.S.Type
               : P.S.Type + std::string(1, '\0') + P.S.Layout;
  return Sites.create(F);
}

//===----------------------------------------------------------------------===//
// Variable names of owner slots
//===----------------------------------------------------------------------===//

void Instrumenter::indexComposites() {
  Indexed = true;
  DebugInfoFinder Finder;
  Finder.processModule(M);
  for (DIType *T : Finder.types()) {
    auto *CT = dyn_cast<DICompositeType>(T);
    if (!CT || CT->isForwardDecl() || !CT->getElements())
      continue;
    unsigned Tag = CT->getTag();
    if (Tag != dwarf::DW_TAG_structure_type &&
        Tag != dwarf::DW_TAG_class_type && Tag != dwarf::DW_TAG_union_type)
      continue;
    std::string Name = compositeName(CT);
    if (Name.empty())
      continue;
    CompositeByName.try_emplace(Name, CT);
    // `Pair<int>` is `struct.Pair` (or `struct.Pair.3`) in IR.
    StringRef Plain(Name);
    if (Plain.ends_with(">"))
      if (size_t Open = Plain.find('<');
          Open != StringRef::npos && findClose(Plain, Open) == Plain.size() - 1)
        CompositeByTemplate[Plain.take_front(Open)].push_back(CT);
  }
}

/// The member of \p CT at \p OffsetBits, as `member` or `member.inner` for a
/// member of a member; a member inherited from a base is named in the base
/// (\p Owner is updated to the class that declares it).
static std::string memberAt(const DICompositeType *CT, uint64_t OffsetBits,
                            std::string &Owner) {
  for (const Metadata *Op : CT->getElements()) {
    auto *E = dyn_cast_or_null<DIDerivedType>(Op);
    if (!E || E->isStaticMember())
      continue;
    unsigned Tag = E->getTag();
    if (Tag != dwarf::DW_TAG_member && Tag != dwarf::DW_TAG_inheritance)
      continue;
    const DIType *Type = stripQualifiers(E->getBaseType(), true);
    uint64_t Begin = E->getOffsetInBits();
    uint64_t Size = E->getSizeInBits() ? E->getSizeInBits()
                                       : (Type ? Type->getSizeInBits() : 0);
    bool Exact = OffsetBits == Begin;
    if (!Exact && (OffsetBits < Begin || OffsetBits >= Begin + Size))
      continue;
    auto *Inner = dyn_cast_or_null<DICompositeType>(Type);
    if (Tag == dwarf::DW_TAG_inheritance) {
      if (!Inner)
        continue;
      std::string BaseOwner = compositeName(Inner);
      std::string Name = memberAt(Inner, OffsetBits - Begin, BaseOwner);
      if (!Name.empty()) {
        Owner = BaseOwner;
        return Name;
      }
      continue;
    }
    // A smart pointer, or anything not a class, is the member itself; a
    // class member holds the slot somewhere inside.
    if (Inner && !smartPointerType(Inner)) {
      std::string Dummy;
      std::string Name = memberAt(Inner, OffsetBits - Begin, Dummy);
      if (!Name.empty())
        return (E->getName() + "." + Name).str();
    }
    if (Exact && !E->getName().empty())
      return E->getName().str();
  }
  return "";
}

/// A member of a standard library class named with an identifier reserved
/// to the implementation (`std::_Head_base::_M_head_impl`, libc++'s
/// `__value_`): the library's internals, which name nothing the program
/// wrote (std::thread's tuple holding a moved unique_ptr).
static bool libraryInternal(StringRef Class, StringRef Member) {
  if (!Class.starts_with("std::") && !Class.starts_with("__gnu_cxx::"))
    return false;
  SmallVector<StringRef, 4> Parts;
  Member.split(Parts, '.');
  return any_of(Parts, [](StringRef P) {
    return P.starts_with("__") ||
           (P.size() > 1 && P[0] == '_' && isUpper(P[1]));
  });
}

std::string Instrumenter::memberName(StringRef Struct, uint64_t OffsetBits) {
  if (!Indexed)
    indexComposites();
  // clang's record names: struct.Node, class.ns::Peer, class.std::x.16.
  StringRef Name = Struct;
  for (StringRef Kind : {"struct.", "class.", "union."})
    if (Name.consume_front(Kind))
      break;
  while (true) {
    size_t Dot = Name.rfind('.');
    if (Dot == StringRef::npos || Dot + 1 == Name.size() ||
        !all_of(Name.substr(Dot + 1), isDigit))
      break;
    Name = Name.take_front(Dot);
  }
  std::string Key = normaliseName(Name);

  auto Describe = [&](const DICompositeType *CT) {
    std::string Owner = compositeName(CT);
    std::string Member = memberAt(CT, OffsetBits, Owner);
    return Member.empty() || libraryInternal(Owner, Member)
               ? std::string()
               : Owner + "::" + Member;
  };
  if (auto It = CompositeByName.find(Key); It != CompositeByName.end())
    return Describe(It->second);
  // A class template: name the member only if every instantiation agrees.
  auto It = CompositeByTemplate.find(Key);
  if (It == CompositeByTemplate.end())
    return "";
  std::optional<std::string> Agreed;
  for (const DICompositeType *CT : It->second) {
    std::string Owner = compositeName(CT);
    std::string Member = memberAt(CT, OffsetBits, Owner);
    if (Member.empty())
      continue;
    if (Agreed && *Agreed != Member)
      return "";
    Agreed = Member;
  }
  if (!Agreed || libraryInternal(Key, *Agreed))
    return "";
  return (Key + "::" + *Agreed);
}

/// `Class::member` for a constant-offset GEP into a named struct, or "".
std::string Instrumenter::gepMemberName(const GEPOperator &GEP) {
  auto *Struct = dyn_cast<StructType>(GEP.getSourceElementType());
  if (!Struct || !Struct->hasName() || GEP.getNumIndices() < 2)
    return "";
  // Inside one object: a[2].next is not Node::next at offset 2*size+8.
  auto *First = dyn_cast<ConstantInt>(GEP.idx_begin()->get());
  APInt Offset(DL.getIndexTypeSizeInBits(GEP.getType()), 0);
  if (!First || !First->isZero() || !GEP.accumulateConstantOffset(DL, Offset) ||
      Offset.isNegative())
    return "";
  return memberName(Struct->getName(), Offset.getZExtValue() * 8);
}

/// A name for the owner slot \p Slot: a local or parameter (`a`), a global
/// (`ns::g`), or a member reached by a constant-offset GEP (`Node::next`).
std::string Instrumenter::variableName(Value *Slot) {
  // A first member is an all-zero GEP, which stripPointerCasts would drop.
  if (auto *GEP = dyn_cast<GEPOperator>(Slot)) {
    std::string Name = gepMemberName(*GEP);
    if (!Name.empty())
      return Name;
  }
  Value *V = Slot->stripPointerCasts();
  if (const DILocalVariable *Var = declaredVariable(V))
    return Var->getName().str();
  if (auto *GV = dyn_cast<GlobalVariable>(V)) {
    SmallVector<DIGlobalVariableExpression *, 1> Exprs;
    GV->getDebugInfo(Exprs);
    for (DIGlobalVariableExpression *E : Exprs)
      if (DIGlobalVariable *Var = E->getVariable())
        return normaliseName(scopePrefix(Var->getScope()) +
                             Var->getName().str());
    return normaliseName(demangle(GV->getName().str()));
  }
  // A reference variable: the slot is loaded from its alloca.
  if (auto *Load = dyn_cast<LoadInst>(V)) {
    if (const DILocalVariable *Var =
            declaredVariable(Load->getPointerOperand()->stripPointerCasts())) {
      auto *Ref = dyn_cast_or_null<DIDerivedType>(
          stripQualifiers(Var->getType(), true));
      if (Ref && (Ref->getTag() == dwarf::DW_TAG_reference_type ||
                  Ref->getTag() == dwarf::DW_TAG_rvalue_reference_type))
        return Var->getName().str();
    }
    return "";
  }
  if (auto *GEP = dyn_cast<GEPOperator>(V))
    return gepMemberName(*GEP);
  return "";
}

//===----------------------------------------------------------------------===//
// Calls into library code that makes ownership events
//===----------------------------------------------------------------------===//

/// True for a function whose definition is in a system header (a template
/// member of std::vector, std::map, ...), or that the compiler wrote
/// (compilerWritten): the same rule as a site's MEMSCOPE_SITE_SYSTEM_HEADER.
static bool isSystemFunction(const Function &F) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP)
    return false;
  if (compilerWritten(F))
    return true;
  SmallString<128> Path(SP->getFilename());
  if (!sys::path::is_absolute(Path) && !SP->getDirectory().empty()) {
    Path = SP->getDirectory();
    sys::path::append(Path, SP->getFilename());
  }
  StringRef File(Path);
  return File.starts_with("/usr/include/") || File.starts_with("/usr/lib/");
}

/// The function a call calls directly, if it is defined in this module.
static Function *definedCallee(const CallBase &CB) {
  auto *F = dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  return F && !F->isDeclaration() ? F : nullptr;
}

static bool isOwnershipRuntimeCall(const CallBase &CB) {
  auto *F = dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  if (!F)
    return false;
  StringRef Name = F->getName();
  return Name == MEMSCOPE_OWN_UPDATE_NAME || Name == MEMSCOPE_OWN_DESTROY_NAME ||
         Name == MEMSCOPE_BORROW_NAME;
}

bool Instrumenter::markLibraryCalls() {
  if (!ClLibraryCallers)
    return false;
  // Library functions that make ownership events, directly or through the
  // library functions they call: a fixed point over direct calls.
  SmallPtrSet<const Function *, 32> Makers;
  SmallVector<Function *, 64> Library;
  for (Function &F : M)
    if (!F.isDeclaration() && isSystemFunction(F))
      Library.push_back(&F);
  bool Grew = true;
  while (Grew) {
    Grew = false;
    for (Function *F : Library) {
      if (Makers.contains(F))
        continue;
      bool Makes = false;
      for (Instruction &I : instructions(*F)) {
        auto *CB = dyn_cast<CallBase>(&I);
        if (!CB)
          continue;
        Function *Callee = definedCallee(*CB);
        if (isOwnershipRuntimeCall(*CB) || (Callee && Makers.contains(Callee))) {
          Makes = true;
          break;
        }
      }
      if (Makes)
        Grew |= Makers.insert(F).second;
    }
  }
  if (Makers.empty())
    return false;

  auto *CallerVar = M.getGlobalVariable(MEMSCOPE_CALLER_NAME);
  if (!CallerVar)
    CallerVar = new GlobalVariable(
        M, PtrTy, /*isConstant=*/false, GlobalValue::ExternalLinkage,
        /*Initializer=*/nullptr, MEMSCOPE_CALLER_NAME, nullptr,
        GlobalValue::InitialExecTLSModel);
  bool Changed = false;
  for (Function &F : M) {
    if (!memscope::isInstrumentable(F) || isSystemFunction(F))
      continue;
    Caller C = describeCaller(F);
    SmallVector<CallBase *, 8> Calls;
    for (Instruction &I : instructions(F))
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (Function *Callee = definedCallee(*CB);
            Callee && Makers.contains(Callee) && !isa<CallBrInst>(CB) &&
            !CB->isMustTailCall() &&
            !CB->getOperandBundle(LLVMContext::OB_funclet))
          Calls.push_back(CB);
    for (CallBase *CB : Calls)
      markLibraryCall(*CB, C, CallerVar);
    Changed |= !Calls.empty();
  }
  return Changed;
}

/// save = __memscope_caller; __memscope_caller = &site; call;
/// __memscope_caller = save (after a normal return, and where an invoke's
/// exception lands if that pad is its own).
void Instrumenter::markLibraryCall(CallBase &CB, const Caller &C,
                                   GlobalVariable *CallerVar) {
  ++NumCallerSites;
  Planned P{&CB, Entry::Update, Site(), nullptr, nullptr};
  P.S.Op = MEMSCOPE_OP_CALL;
  if (const Function *Callee = definedCallee(CB))
    P.S.Type = demangle(Callee->getName().str());
  GlobalVariable *Desc = createSite(P, C);

  // The runtime's own variable: the access checks leave it alone.
  MDNode *NoSanitize = MDNode::get(Ctx, {});
  IRBuilder<> Before(&CB);
  LoadInst *Saved = Before.CreateLoad(PtrTy, CallerVar, "memscope.caller");
  Saved->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
  Before.CreateStore(Desc, CallerVar)
      ->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
  auto Restore = [&](BasicBlock::iterator At) {
    IRBuilder<> IRB(At->getParent(), At);
    IRB.CreateStore(Saved, CallerVar)
        ->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
  };
  Restore(afterCall(CB));
  if (auto *II = dyn_cast<InvokeInst>(&CB)) {
    BasicBlock *Unwind = II->getUnwindDest();
    if (Unwind->getSinglePredecessor())
      Restore(Unwind->getFirstInsertionPt());
  }
}

namespace memscope {

PreservedAnalyses OwnershipPass::run(Module &M, ModuleAnalysisManager &) {
  if (M.getModuleFlag(DoneFlag))
    return PreservedAnalyses::all();

  Instrumenter Instr(M);
  bool Changed = false;
  for (Function &F : M)
    Changed |= Instr.instrumentFunction(F);
  Changed |= Instr.markLibraryCalls();

  // Max, so that an LTO link of instrumented modules keeps the mark.
  M.addModuleFlag(Module::Max, DoneFlag, 1);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace memscope
