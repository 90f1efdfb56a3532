//===- pass/MemoryAccess.cpp - shadow checks on memory accesses -----------===//
//
// Selects the accesses of a function first, then rewrites them. An access of
// S bytes at Addr is preceded by
//
//   k = *(int8_t *)((Addr >> MEMSCOPE_SHADOW_SCALE) + MEMSCOPE_SHADOW_OFFSET)
//   if (k != 0)                                        // unlikely
//     if (S == 8 || (int8_t)((Addr & 7) + S - 1) >= k)
//       __memscope_report_{load,store}S(Addr)          // may return
//
// when S is 1, 2, 4 or 8 and the alignment keeps the access inside one
// granule; by a 16-bit shadow load tested against zero when S is 16 and the
// access is 8-aligned (exactly two granules); by the 1-byte form of the check
// on the first and on the last byte, reporting through
// __memscope_report_{load,store}_n(Addr, S), for other sizes up to
// -memscope-max-inline-unusual-size (vectorised loops emit <4 x i32> loads
// aligned to 4); and by a call to __memscope_{load,store}N(Addr, S), which
// checks every byte, otherwise.
//
// See also: pass/MemoryAccess.h, include/memscope/abi.h,
// runtime/memscope_interface.h, test/Instrumentation/load-store.ll.
//
//===----------------------------------------------------------------------===//

#include "Instrumentable.h"
#include "MemoryAccess.h"
#include "StackRedzones.h"

#include "memscope/abi.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

#include <optional>

using namespace llvm;

#define DEBUG_TYPE "memscope"

static cl::opt<bool>
    ClInstrumentReads("memscope-instrument-reads", cl::init(true), cl::Hidden,
                      cl::desc("Check loads against shadow memory."));

static cl::opt<bool>
    ClInstrumentWrites("memscope-instrument-writes", cl::init(true), cl::Hidden,
                       cl::desc("Check stores against shadow memory."));

static cl::opt<bool> ClInstrumentAtomics(
    "memscope-instrument-atomics", cl::init(true), cl::Hidden,
    cl::desc("Check atomicrmw and cmpxchg against shadow memory, as writes."));

static cl::opt<bool> ClInstrumentMemIntrinsics(
    "memscope-instrument-memintrinsics", cl::init(true), cl::Hidden,
    cl::desc("Replace llvm.memcpy, llvm.memmove and llvm.memset with the "
             "runtime's versions, which check both ranges first."));

static cl::opt<bool> ClSkipStackGlobals(
    "memscope-skip-stack-globals", cl::init(true), cl::Hidden,
    cl::desc("Do not check accesses whose underlying object is an alloca or "
             "a global variable without a redzone (the runtime never poisons "
             "their shadow), nor those at a constant offset inside a padded "
             "global."));

static cl::opt<unsigned> ClMaxInlineUnusualSize(
    "memscope-max-inline-unusual-size", cl::init(32), cl::Hidden,
    cl::desc("Largest access of unusual size or alignment checked inline on "
             "its first and last byte; larger ones call the runtime, which "
             "checks every byte (as ASan checks the ends of an access of "
             "unusual size; a range that spans a whole redzone between two "
             "variables is missed, as by ASan)."));

static cl::opt<bool> ClOptSameAddress(
    "memscope-opt-same-address", cl::init(true), cl::Hidden,
    cl::desc("Check an address once per basic block while no call comes "
             "between (nothing else can free or poison memory meanwhile), "
             "unless a later access is wider."));

STATISTIC(NumInstrumentedReads, "Number of loads checked");
STATISTIC(NumInstrumentedWrites, "Number of stores checked");
STATISTIC(NumInstrumentedAtomics, "Number of atomicrmw and cmpxchg checked");
STATISTIC(NumInstrumentedLanes,
          "Number of lanes of masked and gathered accesses checked");
STATISTIC(NumOutOfLineChecks,
          "Number of accesses checked by a runtime call (size or alignment)");
STATISTIC(NumReplacedMemIntrinsics,
          "Number of memory intrinsics replaced by runtime calls");
STATISTIC(NumSkippedSameAddress,
          "Number of accesses left alone because their block already checked "
          "the address");
STATISTIC(NumSkippedStackGlobals,
          "Number of accesses left alone because they address a stack slot "
          "or a global");

/// Module flag set once the accesses of a module are instrumented, so that a
/// second run (a pipeline naming the pass twice, or an LTO back end loading
/// the plugin over bitcode instrumented at compile time) changes nothing.
static constexpr StringLiteral InstrumentedFlag = "memscope.instrumented";

/// Functions with this prefix belong to the runtime; a check inside the
/// checker would recurse.

namespace {

/// A load, store or atomic chosen for a check. All of them are recorded
/// before any is rewritten, because inserting a check splits the block.
struct Access {
  Instruction *Inst;
  Value *Addr;
  Type *AccessTy;
  Align Alignment;
  bool IsWrite;
};

/// Instruments the functions of one module, declaring the runtime entry
/// points on first use.
class Instrumenter {
public:
  explicit Instrumenter(Module &M);

  /// Returns true if \p F changed.
  bool instrumentFunction(Function &F);

private:
  void instrumentAccess(const Access &A);
  void instrumentMaskedAccess(IntrinsicInst *II);
  void emitInlineCheck(Instruction *I, Value *CheckAddr, uint64_t CheckSize,
                       FunctionCallee Report, ArrayRef<Value *> ReportArgs);
  void replaceMemIntrinsic(MemIntrinsic *MI);
  FunctionCallee reportFunction(bool IsWrite, uint64_t Size);
  FunctionCallee reportRangeFunction(bool IsWrite);

  Module &M;
  const DataLayout &DL;
  Type *IntptrTy;
  MDNode *UnlikelyWeights;
};

} // namespace


/// The constant offset from \p Base of the first step \p Addr takes from
/// it: in a frame, the variable's place the pointer was derived from (the
/// stack pass addresses each variable as Base + its offset, and nothing
/// merges that step with the program's own before the accesses are
/// checked); nothing if Addr does not start so.
static std::optional<uint64_t> firstStepFrom(const Value *Addr,
                                             const Value *Base,
                                             const DataLayout &DL) {
  for (const Value *V = Addr;;) {
    const auto *Op = dyn_cast<Operator>(V);
    if (!Op)
      return std::nullopt;
    const Value *Next = Op->getOperand(0);
    if (const auto *GEP = dyn_cast<GEPOperator>(Op)) {
      Next = GEP->getPointerOperand();
      if (Next == Base) {
        APInt Offset(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
        if (!GEP->accumulateConstantOffset(DL, Offset) || Offset.isNegative())
          return std::nullopt;
        return Offset.getZExtValue();
      }
    } else if (Op->getOpcode() != Instruction::BitCast &&
               Op->getOpcode() != Instruction::AddrSpaceCast) {
      return std::nullopt;
    }
    V = Next;
  }
}

/// The bytes a call to glibc's setjmp family or getcontext writes through
/// its first argument, which Valgrind checks; 0 for any other call. A
/// jmp_buf's registers and the flag saying whether the signal mask was
/// saved take 68 bytes, the mask 128 more when it is saved (the function
/// setjmp, sigsetjmp with a mask; the setjmp macro is _setjmp, which does
/// not, and pthread_cleanup_push's buffer holds no mask). A ucontext_t
/// takes 968.
static uint64_t savedContextSize(const CallBase &CB) {
  constexpr uint64_t kRegisters = 68, kWithMask = 200, kContext = 968;
  const Function *Callee = CB.getCalledFunction();
  if (!Callee || CB.arg_size() == 0 ||
      !CB.getArgOperand(0)->getType()->isPointerTy())
    return 0;
  StringRef Name = Callee->getName();
  if (Name == "_setjmp")
    return kRegisters;
  if (Name == "setjmp")
    return kWithMask;
  if (Name == "sigsetjmp" || Name == "__sigsetjmp") {
    const auto *Save = CB.arg_size() > 1
                           ? dyn_cast<ConstantInt>(CB.getArgOperand(1))
                           : nullptr;
    return Save && !Save->isZero() ? kWithMask : kRegisters;
  }
  return Name == "getcontext" ? kContext : 0;
}

/// Whether [Addr, Addr + Size) lies at a constant offset from \p Base
/// inside one of \p Places: (offset, size) pairs, in bytes from Base. In a
/// frame (\p InFrame), inside the variable the pointer was derived from:
/// an index past one variable may land in another whose scope has ended
/// (poisoned then), and that access must be checked.
static bool isInsideAt(const Value *Addr, uint64_t Size, const Value *Base,
                       ArrayRef<std::pair<uint64_t, uint64_t>> Places,
                       const DataLayout &DL, bool InFrame) {
  APInt Offset(DL.getIndexTypeSizeInBits(Addr->getType()), 0);
  const Value *Stripped = Addr->stripAndAccumulateConstantOffsets(
      DL, Offset, /*AllowNonInbounds=*/true);
  if (Stripped != Base || Offset.isNegative())
    return false;
  uint64_t Beg = Offset.getZExtValue();
  std::optional<uint64_t> From =
      InFrame ? firstStepFrom(Addr, Base, DL) : std::nullopt;
  if (InFrame && !From)
    return false;
  return any_of(Places, [&](const std::pair<uint64_t, uint64_t> &P) {
    return Beg >= P.first && Beg + Size <= P.first + P.second &&
           (!InFrame || *From == P.first);
  });
}

/// The runtime poisons heap memory (redzones around and quarantine after
/// allocator chunks); the redzones the globals pass put after globals and
/// the stack pass put around local variables (pass/StackRedzones.cpp) are
/// poisoned too. A stack slot outside a redzoned frame therefore always has
/// a zero shadow and a check on it could never fire; nor can one at a
/// constant offset inside a global's original bytes or inside one variable
/// of a frame. At -O0 nearly every
/// access is to a local variable's alloca, so leaving these alone removes
/// most of the checks. getUnderlyingObject looks through GEPs and casts
/// only: a pointer loaded from memory, merged by a phi or returned by a call
/// is still checked. The price: a global or stack buffer that the user
/// poisons by hand (__asan_poison_memory_region on a static arena) goes
/// unchecked unless -memscope-skip-stack-globals=0. \p Size is the
/// access's, or nothing when not a constant.
static bool isNeverPoisoned(const Value *Addr, std::optional<uint64_t> Size) {
  const Value *Object = getUnderlyingObject(Addr);
  const MDNode *Places = nullptr;
  if (const auto *AI = dyn_cast<AllocaInst>(Object)) {
    Places = AI->getMetadata(MEMSCOPE_FRAME_MD);
    if (!Places)
      return true;
  } else if (const auto *GV = dyn_cast<GlobalVariable>(Object)) {
    // A dynamically initialized global is poisoned while other modules'
    // initializers run (the initialization-order check).
    if (GV->hasSanitizerMetadata() && GV->getSanitizerMetadata().IsDynInit)
      return false;
    // The runtime's own variables (__memscope_trace_on, which the
    // ownership pass's guards read) are never padded or poisoned: a load
    // the optimizer made anew from a guard's lost its nosanitize mark.
    if (GV->getName().starts_with("__memscope_"))
      return true;
    Places = GV->getMetadata(MEMSCOPE_REDZONE_MD);
    // Another module's global may have been padded there. A thread's
    // variables are never poisoned. One left unpadded here (comdat, weak,
    // common, in a section of its own) may lie beside a padded global's
    // redzone: an access that may leave it is checked, as ASan does, unless
    // the linker may choose another module's definition, of any size.
    if (!Places) {
      if (GV->isDeclaration() || GV->isInterposable())
        return false;
      if (GV->isThreadLocal())
        return true;
      if (!Size)
        return false;
      return isInsideAt(Addr, *Size, GV,
                        {{0, GV->getDataLayout().getTypeAllocSize(
                                 GV->getValueType())}},
                        GV->getDataLayout(), /*InFrame=*/false);
    }
  } else if (const auto *Chosen = dyn_cast<Instruction>(Object)) {
    // A frame taken from the fake stack or the alloca (a select).
    Places = Chosen->getMetadata(MEMSCOPE_FRAME_MD);
    if (!Places)
      return false;
  } else {
    return false;
  }
  if (!Size)
    return false;
  // A global's !memscope.redzone is its size, at offset 0; a frame's
  // !memscope.frame lists (offset, size) of each variable.
  SmallVector<std::pair<uint64_t, uint64_t>, 8> Inside;
  auto Operand = [&](unsigned I) {
    return mdconst::extract<ConstantInt>(Places->getOperand(I))->getZExtValue();
  };
  if (isa<GlobalVariable>(Object))
    Inside.push_back({0, Operand(0)});
  else
    for (unsigned I = 0; I + 1 < Places->getNumOperands(); I += 2)
      Inside.push_back({Operand(I), Operand(I + 1)});
  const DataLayout &DL = isa<GlobalVariable>(Object)
                             ? cast<GlobalVariable>(Object)->getDataLayout()
                             : cast<Instruction>(Object)->getDataLayout();
  return isInsideAt(Addr, *Size, Object, Inside, DL,
                    !isa<GlobalVariable>(Object));
}

/// Returns true if an access through \p Addr should be checked; \p MayBeOutOfScope
/// if the stack pass found the access may address a local out of its
/// scope.
static bool shouldCheckAddress(const Value *Addr,
                               std::optional<uint64_t> Size,
                               bool MayBeOutOfScope) {
  // The shadow covers the flat address space only; other address spaces
  // (x86 %fs/%gs-relative, accelerator memory) have none.
  if (Addr->getType()->getPointerAddressSpace() != 0)
    return false;
  // A swifterror argument or alloca is a register after lowering, and the
  // verifier allows it no use but load and store, not even ptrtoint.
  if (Addr->isSwiftError())
    return false;
  if (ClSkipStackGlobals && !MayBeOutOfScope && isNeverPoisoned(Addr, Size)) {
    ++NumSkippedStackGlobals;
    return false;
  }
  return true;
}

/// Returns the access \p I makes if it is of a kind this pass checks as a
/// whole. Masked and gathered vector accesses are checked lane by lane
/// (isMaskedAccess).
static std::optional<Access> selectAccess(Instruction &I) {
  if (auto *LI = dyn_cast<LoadInst>(&I)) {
    if (!ClInstrumentReads)
      return std::nullopt;
    return Access{LI, LI->getPointerOperand(), LI->getType(), LI->getAlign(),
                  /*IsWrite=*/false};
  }
  if (auto *SI = dyn_cast<StoreInst>(&I)) {
    if (!ClInstrumentWrites)
      return std::nullopt;
    return Access{SI, SI->getPointerOperand(), SI->getValueOperand()->getType(),
                  SI->getAlign(),
                  /*IsWrite=*/true};
  }
  if (!ClInstrumentAtomics)
    return std::nullopt;
  if (auto *RMW = dyn_cast<AtomicRMWInst>(&I))
    return Access{RMW, RMW->getPointerOperand(),
                  RMW->getValOperand()->getType(), RMW->getAlign(),
                  /*IsWrite=*/true};
  if (auto *CmpXchg = dyn_cast<AtomicCmpXchgInst>(&I))
    return Access{CmpXchg, CmpXchg->getPointerOperand(),
                  CmpXchg->getNewValOperand()->getType(), CmpXchg->getAlign(),
                  /*IsWrite=*/true};
  return std::nullopt;
}

/// Returns the read of the struct that \p CB passes by value as its
/// argument \p Arg, if it should be checked: the call copies it whole from
/// where the operand points (a struct over 16 bytes goes on the stack on
/// x86-64), before the callee runs. ASan checks it at the call too.
static std::optional<Access> byValAccess(CallBase &CB, unsigned Arg) {
  if (!ClInstrumentReads || !CB.isByValArgument(Arg))
    return std::nullopt;
  Value *Ptr = CB.getArgOperand(Arg);
  Type *Ty = CB.getParamByValType(Arg);
  if (!Ty || !Ty->isSized() || Ptr->getType()->getPointerAddressSpace())
    return std::nullopt;
  TypeSize Size = CB.getDataLayout().getTypeStoreSize(Ty);
  if (Size.isScalable() || !Size.getFixedValue() ||
      !shouldCheckAddress(Ptr, Size.getFixedValue(),
                          CB.hasMetadata(memscope::MayBeOutOfScopeMD)))
    return std::nullopt;
  return Access{&CB, Ptr, Ty, CB.getParamAlign(Arg).valueOrOne(),
                /*IsWrite=*/false};
}

/// Returns true if \p I is a masked load or store, a gather or a scatter of
/// fixed width this pass checks: each active lane is one access of an
/// element (the AVX2 and AVX-512 vectorizers make them). A disabled lane may
/// legally point at poisoned memory. An expanding load or compressing store
/// (AVX-512's vpexpand and vpcompress) touches as many consecutive elements
/// as its mask enables lanes. The vector-predicated llvm.vp.* forms are not
/// checked.
static bool isMaskedAccess(const Instruction &I) {
  const auto *II = dyn_cast<IntrinsicInst>(&I);
  if (!II)
    return false;
  bool IsWrite;
  switch (II->getIntrinsicID()) {
  case Intrinsic::masked_load:
  case Intrinsic::masked_gather:
  case Intrinsic::masked_expandload:
    IsWrite = false;
    break;
  case Intrinsic::masked_store:
  case Intrinsic::masked_scatter:
  case Intrinsic::masked_compressstore:
    IsWrite = true;
    break;
  default:
    return false;
  }
  if (IsWrite ? !ClInstrumentWrites : !ClInstrumentReads)
    return false;
  Type *Data = IsWrite ? II->getArgOperand(0)->getType() : II->getType();
  const Value *Ptr = II->getArgOperand(IsWrite ? 1 : 0);
  // Elements narrower than a byte (<8 x i1>) are packed in memory: no
  // element has an address of its own.
  return isa<FixedVectorType>(Data) &&
         Data->getScalarSizeInBits() % 8 == 0 &&
         Ptr->getType()->getScalarType()->getPointerAddressSpace() == 0;
}

/// Returns true if \p MI should be routed through the runtime.
static bool shouldReplaceMemIntrinsic(const MemIntrinsic &MI) {
  SmallVector<const Value *, 2> Ranges = {MI.getRawDest()};
  if (const auto *Transfer = dyn_cast<MemTransferInst>(&MI))
    Ranges.push_back(Transfer->getRawSource());
  // The runtime's replacements take flat pointers.
  if (any_of(Ranges, [](const Value *Ptr) {
        return Ptr->getType()->getPointerAddressSpace() != 0;
      }))
    return false;
  // Keeping the intrinsic also keeps its inline expansion (a struct copy
  // stays a few moves instead of becoming a call).
  std::optional<uint64_t> Length;
  if (const auto *C = dyn_cast<ConstantInt>(MI.getLength()))
    Length = C->getZExtValue();
  if (ClSkipStackGlobals && !MI.hasMetadata(memscope::MayBeOutOfScopeMD) &&
      all_of(Ranges, [&](const Value *Ptr) {
        return isNeverPoisoned(Ptr, Length);
      })) {
    ++NumSkippedStackGlobals;
    return false;
  }
  return true;
}

/// Returns true if an earlier access of the same block already checked at
/// least the bytes \p A touches, and records \p A's bytes otherwise. Atomic
/// accesses are always checked: another thread may free in between.
static bool isCheckedAlready(const Access &A,
                             SmallDenseMap<Value *, uint64_t, 16> &Checked) {
  auto *LI = dyn_cast<LoadInst>(A.Inst);
  auto *SI = dyn_cast<StoreInst>(A.Inst);
  if ((!LI && !SI) || (LI && LI->isAtomic()) || (SI && SI->isAtomic()))
    return false;
  TypeSize Size = A.Inst->getDataLayout().getTypeStoreSize(A.AccessTy);
  if (Size.isScalable())
    return false;
  uint64_t Bytes = Size.getFixedValue();
  auto [It, Inserted] = Checked.try_emplace(A.Addr, Bytes);
  if (!Inserted && It->second >= Bytes)
    return true;
  It->second = std::max(It->second, Bytes);
  return false;
}

Instrumenter::Instrumenter(Module &M)
    : M(M), DL(M.getDataLayout()), IntptrTy(DL.getIntPtrType(M.getContext())),
      UnlikelyWeights(MDBuilder(M.getContext()).createUnlikelyBranchWeights()) {
}

bool Instrumenter::instrumentFunction(Function &F) {
  if (!memscope::isChecked(F))
    return false;

  SmallVector<Access, 16> Accesses;
  SmallVector<MemIntrinsic *, 4> MemIntrinsics;
  SmallVector<IntrinsicInst *, 4> Masked;
  for (BasicBlock &BB : F) {
    // Addresses this block has checked since its last call, with the widest
    // size checked: a loop body that loads and stores a[i] checks it once.
    SmallDenseMap<Value *, uint64_t, 16> Checked;
    for (Instruction &I : BB) {
      // Loads other instrumentation marked as its own, such as UBSan's, are
      // not program accesses. Its stores and calls may write the shadow:
      // the end of a variable's scope poisons it, so an address checked
      // before is checked again after.
      if (I.hasMetadata(LLVMContext::MD_nosanitize)) {
        if (isa<StoreInst, CallBase>(I))
          Checked.clear();
        continue;
      }
      if (isMaskedAccess(I)) {
        Masked.push_back(cast<IntrinsicInst>(&I));
        continue;
      }
      if (std::optional<Access> A = selectAccess(I)) {
        TypeSize Size = I.getDataLayout().getTypeStoreSize(A->AccessTy);
        if (!shouldCheckAddress(
                A->Addr,
                Size.isScalable()
                    ? std::nullopt
                    : std::optional<uint64_t>(Size.getFixedValue()),
                I.hasMetadata(memscope::MayBeOutOfScopeMD)))
          continue;
        if (ClOptSameAddress && isCheckedAlready(*A, Checked)) {
          ++NumSkippedSameAddress;
          continue;
        }
        Accesses.push_back(*A);
        continue;
      }
      // A call may free or poison anything.
      if (isa<CallBase>(I))
        Checked.clear();
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        // The buffer a setjmp or getcontext fills, checked whole before the
        // call (the runtime cannot intercept a function that returns twice).
        if (uint64_t Size = savedContextSize(*CB))
          if (shouldCheckAddress(CB->getArgOperand(0), Size, false))
            Accesses.push_back(
                {CB, CB->getArgOperand(0),
                 ArrayType::get(Type::getInt8Ty(F.getContext()), Size),
                 Align(1), /*IsWrite=*/true});
        for (unsigned Arg = 0; Arg < CB->arg_size(); ++Arg)
          if (std::optional<Access> A = byValAccess(*CB, Arg))
            Accesses.push_back(*A);
      }
      if (isa<MemTransferInst, MemSetInst>(I)) {
        auto &MI = cast<MemIntrinsic>(I);
        if (ClInstrumentMemIntrinsics && shouldReplaceMemIntrinsic(MI))
          MemIntrinsics.push_back(&MI);
        else // ASan's pass, when it runs after this one, keeps it too
          MI.setMetadata(LLVMContext::MD_nosanitize,
                         MDNode::get(I.getContext(), {}));
      }
    }
  }

  for (const Access &A : Accesses)
    instrumentAccess(A);
  for (IntrinsicInst *II : Masked)
    instrumentMaskedAccess(II);
  for (MemIntrinsic *MI : MemIntrinsics)
    replaceMemIntrinsic(MI);
  return !Accesses.empty() || !Masked.empty() || !MemIntrinsics.empty();
}

/// Checks each lane of \p II that its mask enables, as ASan does: a lane of
/// a constant mask unconditionally or not at all, any other under a branch
/// on its mask bit. The lane's address is the pointer's element (a masked
/// load or store) or the lane of the pointer vector (a gather or scatter).
/// An expanding load or compressing store reads or writes the first
/// popcount(mask) elements: lane L's check is under L < popcount instead.
void Instrumenter::instrumentMaskedAccess(IntrinsicInst *II) {
  Intrinsic::ID ID = II->getIntrinsicID();
  bool IsWrite = ID == Intrinsic::masked_store ||
                 ID == Intrinsic::masked_scatter ||
                 ID == Intrinsic::masked_compressstore;
  bool PointerPerLane =
      ID == Intrinsic::masked_gather || ID == Intrinsic::masked_scatter;
  bool Consecutive = ID == Intrinsic::masked_expandload ||
                     ID == Intrinsic::masked_compressstore;
  unsigned PtrArg = IsWrite ? 1 : 0;
  Value *Ptr = II->getArgOperand(PtrArg);
  Value *Mask = II->getArgOperand(PtrArg + 1);
  auto *DataTy =
      cast<FixedVectorType>(IsWrite ? II->getArgOperand(0)->getType()
                                    : II->getType());
  Type *ElemTy = DataTy->getElementType();
  uint64_t ElemBytes = DL.getTypeStoreSize(ElemTy).getFixedValue();
  Align PtrAlign = II->getParamAlign(PtrArg).valueOrOne();
  unsigned Lanes = DataTy->getNumElements();
  // A consecutive access's element count: known for a constant mask,
  // counted at run time for any other.
  std::optional<unsigned> Count;
  Value *Active = nullptr;
  if (Consecutive) {
    if (auto *C = dyn_cast<Constant>(Mask)) {
      Count = 0;
      for (unsigned Lane = 0; Lane < Lanes; ++Lane)
        if (Constant *Bit = C->getAggregateElement(Lane))
          *Count += Bit->isOneValue();
    } else {
      IRBuilder<> IRB(II);
      Active = IRB.CreateUnaryIntrinsic(
          Intrinsic::ctpop, IRB.CreateBitCast(Mask, IRB.getIntNTy(Lanes)));
    }
  }
  for (unsigned Lane = 0; Lane < Lanes; ++Lane) {
    Instruction *CheckBefore = II;
    if (Consecutive && Count) {
      if (Lane >= *Count)
        break;
    } else if (Consecutive) {
      IRBuilder<> IRB(II);
      CheckBefore = SplitBlockAndInsertIfThen(
          IRB.CreateICmpUGT(Active, ConstantInt::get(Active->getType(), Lane)),
          II, /*Unreachable=*/false);
      CheckBefore->setDebugLoc(II->getDebugLoc());
    } else if (auto *C = dyn_cast<Constant>(Mask)) {
      Constant *Bit = C->getAggregateElement(Lane);
      if (!Bit || !Bit->isOneValue())
        continue;
    } else {
      IRBuilder<> IRB(II);
      CheckBefore = SplitBlockAndInsertIfThen(
          IRB.CreateExtractElement(Mask, Lane), II, /*Unreachable=*/false);
      CheckBefore->setDebugLoc(II->getDebugLoc());
    }
    IRBuilder<> IRB(CheckBefore);
    Value *LaneAddr =
        PointerPerLane ? IRB.CreateExtractElement(Ptr, Lane)
                       : IRB.CreateGEP(ElemTy, Ptr, IRB.getInt64(Lane));
    Align LaneAlign = PointerPerLane
                          ? PtrAlign
                          : commonAlignment(PtrAlign, Lane * ElemBytes);
    ++NumInstrumentedLanes;
    instrumentAccess({CheckBefore, LaneAddr, ElemTy, LaneAlign, IsWrite});
  }
}

void Instrumenter::instrumentAccess(const Access &A) {
  if (isa<LoadInst>(A.Inst))
    ++NumInstrumentedReads;
  else if (isa<StoreInst>(A.Inst))
    ++NumInstrumentedWrites;
  else if (isa<AtomicRMWInst, AtomicCmpXchgInst>(A.Inst))
    ++NumInstrumentedAtomics;

  IRBuilder<> IRB(A.Inst);
  Value *AddrInt = IRB.CreatePtrToInt(A.Addr, IntptrTy);
  TypeSize Size = DL.getTypeStoreSize(A.AccessTy);
  if (!Size.isScalable()) {
    uint64_t Bytes = Size.getFixedValue();
    // Aligned to its own power-of-two size (at most 8), an access cannot
    // leave its granule. 8-aligned, 16 bytes cover exactly two granules.
    bool InOneGranule =
        (Bytes == 1 || Bytes == 2 || Bytes == 4 || Bytes == 8) &&
        A.Alignment.value() >= Bytes;
    bool InTwoGranules =
        Bytes == 16 && A.Alignment.value() >= MEMSCOPE_SHADOW_GRANULE;
    if (InOneGranule || InTwoGranules) {
      emitInlineCheck(A.Inst, AddrInt, Bytes, reportFunction(A.IsWrite, Bytes),
                      {AddrInt});
      return;
    }
    // Odd sizes (i24, <3 x float>) and under-aligned accesses may straddle
    // granules; checking both ends catches a start or an end in a redzone or
    // in freed memory, which is where such accesses go wrong.
    if (Bytes <= ClMaxInlineUnusualSize) {
      Value *Args[] = {AddrInt, ConstantInt::get(IntptrTy, Bytes)};
      FunctionCallee Report = reportRangeFunction(A.IsWrite);
      Value *LastByte = IRB.CreateAdd(AddrInt, ConstantInt::get(IntptrTy, Bytes - 1));
      emitInlineCheck(A.Inst, AddrInt, 1, Report, Args);
      emitInlineCheck(A.Inst, LastByte, 1, Report, Args);
      return;
    }
  }

  // Large or scalable accesses: the runtime checks every byte.
  ++NumOutOfLineChecks;
  StringRef CheckName =
      A.IsWrite ? MEMSCOPE_CHECK_STOREN_NAME : MEMSCOPE_CHECK_LOADN_NAME;
  FunctionCallee Check =
      M.getOrInsertFunction(CheckName, IRB.getVoidTy(), IntptrTy, IntptrTy);
  IRB.CreateCall(Check, {AddrInt, IRB.CreateTypeSize(IntptrTy, Size)});
}

void Instrumenter::emitInlineCheck(Instruction *I, Value *AddrInt,
                                   uint64_t Size, FunctionCallee ReportFn,
                                   ArrayRef<Value *> ReportArgs) {
  IRBuilder<> IRB(I);
  Value *ShadowAddr =
      IRB.CreateAdd(IRB.CreateLShr(AddrInt, MEMSCOPE_SHADOW_SCALE),
                    ConstantInt::get(IntptrTy, MEMSCOPE_SHADOW_OFFSET));
  // One shadow byte per granule touched: i8, or i16 for 16 bytes.
  unsigned Granules =
      Size > MEMSCOPE_SHADOW_GRANULE ? Size / MEMSCOPE_SHADOW_GRANULE : 1;
  Type *ShadowTy = IRB.getIntNTy(8 * Granules);
  LoadInst *Shadow = IRB.CreateAlignedLoad(
      ShadowTy, IRB.CreateIntToPtr(ShadowAddr, IRB.getPtrTy()), Align(1));
  // The shadow load is memscope's own, not the program's: a later pass (or a
  // second run of this one) must not check it.
  Shadow->setMetadata(LLVMContext::MD_nosanitize,
                      MDNode::get(M.getContext(), {}));

  Instruction *ReportBefore = SplitBlockAndInsertIfThen(
      IRB.CreateIsNotNull(Shadow), I, /*Unreachable=*/false, UnlikelyWeights);

  if (Size < MEMSCOPE_SHADOW_GRANULE) {
    // A shadow k in 1..7 says the first k bytes of the granule are
    // addressable, so the access is fine while its last byte's offset is
    // below k. Magic values are negative as i8 and fail for every offset.
    IRBuilder<> PartialIRB(ReportBefore);
    Value *LastByte =
        PartialIRB.CreateAnd(AddrInt, MEMSCOPE_SHADOW_GRANULE - 1);
    if (Size > 1)
      LastByte =
          PartialIRB.CreateAdd(LastByte, ConstantInt::get(IntptrTy, Size - 1));
    LastByte = PartialIRB.CreateTrunc(LastByte, ShadowTy);
    ReportBefore = SplitBlockAndInsertIfThen(
        PartialIRB.CreateICmpSGE(LastByte, Shadow), ReportBefore,
        /*Unreachable=*/false);
  }

  // The report may return (halt_on_error=0); the tail of the split block
  // performs the original access either way.
  CallInst *Report = IRBuilder<>(ReportBefore).CreateCall(ReportFn, ReportArgs);
  // The runtime prints the stack from the report call's return address, so
  // the call carries the access's line, and nomerge stops code generation
  // from folding the report calls of different accesses into one.
  Report->setDebugLoc(I->getDebugLoc());
  Report->setCannotMerge();
  Report->setCallingConv(CallingConv::PreserveAll);
}

void Instrumenter::replaceMemIntrinsic(MemIntrinsic *MI) {
  ++NumReplacedMemIntrinsics;
  IRBuilder<> IRB(MI);
  Type *PtrTy = IRB.getPtrTy();
  Value *Size =
      IRB.CreateIntCast(MI->getLength(), IntptrTy, /*isSigned=*/false);
  if (auto *Transfer = dyn_cast<MemTransferInst>(MI)) {
    StringRef Name = isa<MemMoveInst>(Transfer) ? MEMSCOPE_MEMMOVE_NAME
                                                : MEMSCOPE_MEMCPY_NAME;
    FunctionCallee Replacement =
        M.getOrInsertFunction(Name, PtrTy, PtrTy, PtrTy, IntptrTy);
    IRB.CreateCall(Replacement,
                   {Transfer->getRawDest(), Transfer->getRawSource(), Size})
        ->setCannotMerge();
  } else {
    auto *Set = cast<MemSetInst>(MI);
    FunctionCallee Replacement = M.getOrInsertFunction(
        MEMSCOPE_MEMSET_NAME, PtrTy, PtrTy, IRB.getInt32Ty(), IntptrTy);
    Value *Byte = IRB.CreateIntCast(Set->getValue(), IRB.getInt32Ty(),
                                    /*isSigned=*/false);
    IRB.CreateCall(Replacement, {Set->getRawDest(), Byte, Size})
        ->setCannotMerge();
  }
  // Each call keeps its own line: calls merged by tail merging would
  // report the error at line 0. The intrinsics return nothing, so there are no uses to rewrite.
  MI->eraseFromParent();
}

/// The report slow paths clobber no register (MEMSCOPE_SLOW_PATH in abi.h),
/// so the code around a check needs no spill although the call may return.
static FunctionCallee slowPath(FunctionCallee Callee) {
  if (auto *F = dyn_cast<Function>(Callee.getCallee()))
    F->setCallingConv(CallingConv::PreserveAll);
  return Callee;
}

FunctionCallee Instrumenter::reportFunction(bool IsWrite, uint64_t Size) {
  std::string Name = (Twine(MEMSCOPE_REPORT_PREFIX) +
                      (IsWrite ? "store" : "load") + Twine(Size))
                         .str();
  return slowPath(M.getOrInsertFunction(Name, Type::getVoidTy(M.getContext()),
                                        IntptrTy));
}

FunctionCallee Instrumenter::reportRangeFunction(bool IsWrite) {
  std::string Name = (Twine(MEMSCOPE_REPORT_PREFIX) +
                      (IsWrite ? "store_n" : "load_n"))
                         .str();
  return slowPath(M.getOrInsertFunction(Name, Type::getVoidTy(M.getContext()),
                                        IntptrTy, IntptrTy));
}

namespace memscope {

PreservedAnalyses MemoryAccessPass::run(Module &M, ModuleAnalysisManager &) {
  if (M.getModuleFlag(InstrumentedFlag))
    return PreservedAnalyses::all();

  Instrumenter Instr(M);
  bool Changed = false;
  for (Function &F : M)
    Changed |= Instr.instrumentFunction(F);

  // Max, so that an LTO link of instrumented modules keeps the mark.
  M.addModuleFlag(Module::Max, InstrumentedFlag, 1);
  // No analysis reads the flag; only rewritten functions invalidate anything.
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace memscope
