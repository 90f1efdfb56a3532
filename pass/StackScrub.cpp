//===- pass/StackScrub.cpp - no stale pointers in dead stack slots --------===//
//
// Selects, per function, the static allocas that can hold a pointer, then
// clears each one where it dies:
//
//   call void @llvm.lifetime.end.p0(ptr %p)    store volatile i64 0, ptr %p
//                                          ->  call void @llvm.lifetime.end...
//
// and, for an alloca with no lifetime.end at all, before every `ret` (before
// a tail call that precedes the `ret`, so the call stays a tail call).
//
// "Can hold a pointer": a pointer, an integer at least as wide as one, a
// small byte array (unions, std::function's buffer, SROA's slices), or an
// aggregate containing one of those. Larger byte buffers and slots over
// -memscope-stack-scrub-max-size bytes are left alone: clearing them would
// cost more than the leak it could reveal.
//
// See also: pass/StackScrub.h, runtime/memscope_lsan.cpp,
// test/Instrumentation/stack-scrub.ll.
//
//===----------------------------------------------------------------------===//

#include "StackScrub.h"
#include "StackRedzones.h"
#include "Instrumentable.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "memscope-stack-scrub"

static cl::opt<bool>
    ClStackScrub("memscope-stack-scrub", cl::init(true), cl::Hidden,
                 cl::desc("Clear stack slots that can hold a pointer when "
                          "their lifetime ends, so leak checks never see a "
                          "dead copy."));

static cl::opt<unsigned>
    ClMaxScrubSize("memscope-stack-scrub-max-size", cl::init(1024), cl::Hidden,
                   cl::desc("Largest stack slot, in bytes, that is cleared."));

static cl::opt<unsigned> ClMaxByteArray(
    "memscope-stack-scrub-max-byte-array", cl::init(64), cl::Hidden,
    cl::desc("Largest array of bytes treated as able to hold a pointer (a "
             "union's or a type-erased object's storage); larger ones are "
             "taken as text or data buffers."));

STATISTIC(NumScrubbedAtLifetimeEnd, "Stack slots cleared at lifetime end");
STATISTIC(NumScrubbedAtReturn, "Stack slots cleared at return");

/// Set on a module once its slots are cleared, so a second run adds nothing.
static constexpr StringLiteral ScrubbedFlag = "memscope.stack_scrubbed";

/// Whether a value of type \p T can carry an address a leak scan would read.
static bool mayHoldPointer(Type *T, const DataLayout &DL) {
  if (T->isPointerTy())
    return true;
  if (auto *Int = dyn_cast<IntegerType>(T))
    return Int->getBitWidth() >= DL.getPointerSizeInBits();
  if (auto *Array = dyn_cast<ArrayType>(T)) {
    if (Array->getElementType()->isIntegerTy(8))
      return DL.getTypeAllocSize(T) <= ClMaxByteArray;
    return mayHoldPointer(Array->getElementType(), DL);
  }
  if (auto *Vector = dyn_cast<FixedVectorType>(T))
    return mayHoldPointer(Vector->getElementType(), DL);
  if (auto *Struct = dyn_cast<StructType>(T))
    return any_of(Struct->elements(),
                  [&](Type *E) { return mayHoldPointer(E, DL); });
  return false;
}

/// Zeroes the \p Size bytes of \p Slot before \p Before with volatile
/// stores, which no later pass deletes as dead: word stores up to 64 bytes
/// (fast-isel at -O0 would turn a memset into a library call), a memset
/// beyond.
static void clearSlot(AllocaInst *Slot, uint64_t Size, Instruction *Before) {
  IRBuilder<> IRB(Before);
  Align SlotAlign = Slot->getAlign();
  // The clearing is memscope's, not the program's: no check for it.
  MDNode *NoSanitize = MDNode::get(Slot->getContext(), {});
  if (Size > 64) {
    IRB.CreateMemSet(Slot, IRB.getInt8(0), Size, SlotAlign,
                     /*isVolatile=*/true)
        ->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
    return;
  }
  uint64_t Offset = 0;
  for (unsigned Width : {8u, 4u, 2u, 1u}) {
    for (; Offset + Width <= Size; Offset += Width) {
      Value *Addr =
          Offset == 0
              ? static_cast<Value *>(Slot)
              : IRB.CreateConstInBoundsGEP1_64(IRB.getInt8Ty(), Slot, Offset);
      IRB.CreateAlignedStore(IRB.getIntN(Width * 8, 0), Addr,
                             commonAlignment(SlotAlign, Offset),
                             /*isVolatile=*/true)
          ->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
    }
  }
}

static bool scrubFunction(Function &F, bool RedzonedLocals,
                          const DenseSet<const AllocaInst *> &Safe) {
  if (!memscope::isInstrumentable(F))
    return false;
  // A function left unchecked gets no redzones, so none of its locals is
  // poisoned where its scope ends.
  RedzonedLocals &= memscope::isChecked(F);
  const DataLayout &DL = F.getDataLayout();

  // Select first: the stores added below are users of the allocas too.
  struct Slot {
    AllocaInst *Alloca;
    uint64_t Size;
    SmallVector<Instruction *, 2> Ends;
  };
  SmallVector<Slot, 8> Slots;
  SmallVector<ReturnInst *, 2> Returns;
  for (Instruction &I : instructions(F)) {
    if (auto *Ret = dyn_cast<ReturnInst>(&I)) {
      Returns.push_back(Ret);
      continue;
    }
    auto *AI = dyn_cast<AllocaInst>(&I);
    if (!AI || !AI->isStaticAlloca() || AI->isSwiftError() ||
        AI->isUsedWithInAlloca())
      continue;
    std::optional<TypeSize> Size = AI->getAllocationSize(DL);
    if (!Size || Size->isScalable() || Size->getFixedValue() == 0 ||
        Size->getFixedValue() > ClMaxScrubSize ||
        !mayHoldPointer(AI->getAllocatedType(), DL) ||
        (RedzonedLocals && memscope::willPoisonOutOfScope(*AI, Safe)))
      continue;
    Slot S{AI, Size->getFixedValue(), {}};
    for (User *U : AI->users())
      if (auto *II = dyn_cast<IntrinsicInst>(U))
        if (II->getIntrinsicID() == Intrinsic::lifetime_end)
          S.Ends.push_back(II);
    Slots.push_back(std::move(S));
  }

  for (Slot &S : Slots) {
    if (!S.Ends.empty()) {
      for (Instruction *End : S.Ends)
        clearSlot(S.Alloca, S.Size, End);
      NumScrubbedAtLifetimeEnd += S.Ends.size();
      continue;
    }
    for (ReturnInst *Ret : Returns)
      clearSlot(S.Alloca, S.Size, memscope::frameExit(Ret));
    NumScrubbedAtReturn += Returns.size();
  }
  return !Slots.empty();
}

namespace memscope {

PreservedAnalyses StackScrubPass::run(Module &M, ModuleAnalysisManager &MAM) {
  if (!ClStackScrub || M.getModuleFlag(ScrubbedFlag))
    return PreservedAnalyses::all();
  // Which locals the stack pass will redzone: not those it will find safe
  // (its analysis, run after the slots cleared here, sees the same
  // in-bounds accesses).
  DenseSet<const AllocaInst *> Safe;
  if (RedzonedLocals)
    Safe = provenSafeAllocas(M, MAM);
  bool Changed = false;
  for (Function &F : M)
    Changed |= scrubFunction(F, RedzonedLocals, Safe);
  M.addModuleFlag(Module::Max, ScrubbedFlag, 1);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace memscope
