//===- pass/StackRedzones.cpp - redzones around local variables -----------===//
//
// Moves the address-taken local variables of a function into one frame,
// each followed by a redzone, as ASan does:
//
//   %buf = alloca [10 x i8]              %frame = alloca [96 x i8], align 32
//   %x = alloca i32                 ->   %buf = gep %frame, 32
//                                        %x = gep %frame, 64
//
// The frame starts with a 32-byte header (magic, description, function:
// include/memscope/abi.h) that reports read to name the variable an
// address belongs to. On entry the function writes the shadow of the
// header and the redzones (f1 f2 f3), and of variables with lifetime
// markers (f8, "out of scope"); lifetime.start and lifetime.end become
// stores that unpoison and poison their variable; every return clears the
// frame's shadow again. With use-after-return detection the frame comes
// from the runtime's fake stack when it gives one: the function then
// writes the frame's whole shadow on entry and, on return, poisons it f5
// and clears the frame's in-use flag itself (frames of classes up to
// 1 KiB, nearly all: MEMSCOPE_FAKE_FRAME_INLINE_MAX_LOG; the runtime gives
// back larger ones). The frame alloca carries !memscope.frame with each
// variable's place, so pass/MemoryAccess.cpp checks the accesses that may
// leave one (a variable index, a pointer into the frame) and not the
// accesses at a constant offset inside one.
//
// Also, before every call that does not return (exit, a throw, longjmp,
// _Unwind_Resume), a call of __memscope_handle_no_return, which clears the
// shadow of the frames the call abandons without their returns.
//
// Left alone: promotable variables (no address taken: they become
// registers and nothing can overflow them), dynamic allocas (alloca(n),
// VLAs), swifterror and inalloca slots, functions with llvm.localescape
// and coroutines before splitting.
//
// See also: runtime/memscope_stack_frames.cpp (reports, no-return
// handling), pass/StackScrub.cpp (which runs first, on the original
// allocas), test/Instrumentation/stack-redzones.ll.
//===----------------------------------------------------------------------===//
#include "StackRedzones.h"
#include "Instrumentable.h"
#include "Sites.h"

#include "memscope/abi.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/StackLifetime.h"
#include "llvm/Analysis/StackSafetyAnalysis.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

#define DEBUG_TYPE "memscope-stack"

static cl::opt<bool>
    ClStack("memscope-stack", cl::init(true), cl::Hidden,
            cl::desc("Give local variables redzones and check accesses that "
                     "may leave them."));

static cl::opt<bool> ClStackSafety(
    "memscope-stack-safety", cl::init(true), cl::Hidden,
    cl::desc("Leave out of the frames the locals LLVM's stack-safety "
             "analysis proves safe, as ASan does (-asan-use-stack-safety)."));

static cl::opt<bool> ClUseAfterReturn(
    "memscope-use-after-return", cl::init(true), cl::Hidden,
    cl::desc("Take frames from the runtime's fake stack when it gives one "
             "(detect_stack_use_after_return), so that a use after return "
             "is reported."));

static cl::opt<bool> ClUseAfterScope(
    "memscope-use-after-scope", cl::init(true), cl::Hidden,
    cl::desc("Poison a local variable outside its lifetime markers."));

STATISTIC(NumFrames, "Functions given a redzoned frame");
STATISTIC(NumVariables, "Local variables given redzones");
STATISTIC(NumScoped, "Local variables poisoned outside their scope");
STATISTIC(NumNoReturnCalls, "Calls that do not return, announced first");

/// Set on a module once its frames are laid out.
static constexpr StringLiteral LaidOutFlag = "memscope.stack_redzones";

namespace {

constexpr uint64_t kHeaderSize = 32, kFrameAlign = 32, kSlotAlign = 16;
constexpr uint64_t kGranule = MEMSCOPE_SHADOW_GRANULE;
/// The largest frame laid out (its shadow is planned granule by granule,
/// some 5 bytes of the compiler's memory per 8 of the frame); the largest
/// variables of a larger one keep their allocas as they are.
constexpr uint64_t kMaxFrameSize = uint64_t(1) << 28;
/// The runtime's largest fake frame.
constexpr uint64_t kMaxFakeFrameSize = uint64_t(1) << 16;
/// Runs of equal shadow bytes at least this long are set by one call.
constexpr uint64_t kMinShadowCallRun = 64;

struct Variable {
  AllocaInst *Alloca;
  uint64_t Size;
  uint64_t Offset = 0;
  std::string Name;
  unsigned Line = 0;
  SmallVector<IntrinsicInst *, 2> Starts, Ends;
  bool scoped() const { return !Starts.empty(); }
};

/// The redzone that follows a variable of \p Size bytes, at least: larger
/// variables get larger ones, for overflows by a larger stride.
/// A variable's slot: the variable and the redzone after it, as ASan sizes
/// them (at least 16 bytes; 32 bytes of redzone for a variable of up to
/// 128 bytes, up to 256 for a large one).
uint64_t slotSize(uint64_t Size) {
  return Size <= 4      ? 16
         : Size <= 16   ? 32
         : Size <= 128  ? Size + 32
         : Size <= 512  ? Size + 64
         : Size <= 4096 ? Size + 128
                        : Size + 256;
}

/// Whether a use of \p AI may reach beyond it: anything but loads and
/// stores of the whole variable, lifetime markers and debug records (the
/// test of mem2reg, except that volatile accesses of the whole variable,
/// and memscope's own stores, which clear dead slots, count as whole
/// accesses too). A variable whose address is never taken becomes a
/// register, or stays a slot only ever read and written whole (a volatile
/// one): nothing can overflow it, and, as ASan's stack-safety analysis
/// does, it is left out of the frame.
bool isAddressTaken(const AllocaInst &AI) {
  Type *Ty = AI.getAllocatedType();
  for (const Use &U : AI.uses()) {
    const auto *I = cast<Instruction>(U.getUser());
    bool Ours = I->hasMetadata(LLVMContext::MD_nosanitize);
    if (const auto *LI = dyn_cast<LoadInst>(I)) {
      if (LI->getType() != Ty)
        return true;
    } else if (const auto *SI = dyn_cast<StoreInst>(I)) {
      if (U.getOperandNo() != SI->getPointerOperandIndex() ||
          (SI->getValueOperand()->getType() != Ty && !Ours))
        return true;
    } else if (const auto *II = dyn_cast<IntrinsicInst>(I)) {
      if (!II->isLifetimeStartOrEnd() && !II->isDroppable() &&
          !(Ours && isa<MemSetInst>(II)))
        return true;
    } else {
      return true;
    }
  }
  return false;
}

/// Whether \p AI, with lifetime markers, is loaded or stored where it may
/// be out of scope: after inlining and SROA, a pointer kept past a block
/// is often forwarded to the variable itself, which the program then
/// reads or writes whole (a volatile access keeps it a slot).
bool isAccessedOutOfScope(const AllocaInst &AI) {
  bool Scoped = any_of(AI.users(), [](const User *U) {
    const auto *II = dyn_cast<IntrinsicInst>(U);
    return II && II->getIntrinsicID() == Intrinsic::lifetime_start;
  });
  if (!Scoped)
    return false;
  Function &F = const_cast<Function &>(*AI.getFunction());
  StackLifetime Lifetimes(F, {&AI}, StackLifetime::LivenessType::Must);
  Lifetimes.run();
  return any_of(AI.users(), [&](const User *U) {
    const auto *I = dyn_cast<Instruction>(U);
    return I && (isa<LoadInst>(I) || isa<StoreInst>(I)) &&
           Lifetimes.isReachable(I) && !Lifetimes.isAliveAfter(&AI, I);
  });
}

bool isRedzoned(const AllocaInst &AI,
                const DenseSet<const AllocaInst *> &Safe) {
  if (Safe.contains(&AI))
    return false;
  if (!AI.isStaticAlloca() || AI.isSwiftError() || AI.isUsedWithInAlloca() ||
      AI.getAddressSpace() != 0 || !AI.getAllocatedType()->isSized())
    return false;
  std::optional<TypeSize> Size =
      AI.getAllocationSize(AI.getDataLayout());
  if (!Size || Size->isScalable() || Size->getFixedValue() == 0)
    return false;
  if (isAddressTaken(AI))
    return true;
  // Only ever accessed whole, nothing can overflow it; it may still be
  // used out of scope. The stack-safety analysis, when on, has looked:
  // an access outside the variable's lifetime is what left it unproven.
  return ClStackSafety || isAccessedOutOfScope(AI);
}

/// A function that calls setjmp (its frame may be re-entered after the
/// runtime took it back) or has inline assembly (which may address the
/// stack by its pointer) keeps its frame on the real stack, as ASan keeps
/// it. Dynamic allocas stay on the real stack in any case, redzoned there;
/// the function's fixed locals may still go on the fake stack.
bool needsRealFrame(const Function &F) {
  if (F.callsFunctionThatReturnsTwice())
    return true;
  for (const Instruction &I : instructions(F))
    if (const auto *CB = dyn_cast<CallBase>(&I))
      if (CB->isInlineAsm())
        return true;
  return false;
}

class FrameBuilder {
public:
  FrameBuilder(Function &F, memscope::SiteDescriptors &Strings,
               const DenseSet<const AllocaInst *> &Safe)
      : F(F), M(*F.getParent()), DL(F.getDataLayout()), Strings(Strings),
        IntptrTy(DL.getIntPtrType(F.getContext())), Safe(Safe) {}

  /// Lays out the function's redzoned variables, if any; true if it did.
  bool run();

private:
  void copyByValArguments();
  void select();
  void markAccessesOutOfScope();
  void layOut();
  void nameVariables();
  Constant *description() const;
  /// Stores Values[I] into the shadow byte I of the frame for each I in
  /// [Begin, End) where Needed[I], wider stores and runtime calls covering
  /// neighbours that are not needed with their Values.
  void emitShadow(IRBuilder<> &IRB, ArrayRef<uint8_t> Values,
                  ArrayRef<bool> Needed, uint64_t Begin, uint64_t End);
  void rewrite();

  Function &F;
  /// Whether the frame may come from the runtime's fake stack.
  bool UseFakeFrame = false;
  Module &M;
  const DataLayout &DL;
  memscope::SiteDescriptors &Strings;
  Type *IntptrTy;
  /// Locals proven safe: left out of the frame.
  const DenseSet<const AllocaInst *> &Safe;
  SmallVector<Variable, 8> Vars;
  SmallVector<Instruction *, 4> Exits;
  uint64_t FrameSize = 0;
  Align FrameAlign{kFrameAlign};
  /// The shadow of the frame as the function enters it, one byte per
  /// granule.
  SmallVector<uint8_t, 64> EntryShadow;
  Value *ShadowBase = nullptr;
};

/// A struct passed by value lives in the caller's outgoing arguments,
/// without redzones: the function works on a copy in its own frame.
void FrameBuilder::copyByValArguments() {
  for (const Instruction &I : instructions(F))
    if (const auto *CI = dyn_cast<CallInst>(&I))
      if (CI->isMustTailCall())
        return; // the arguments must be passed on as they came
  BasicBlock &Entry = F.getEntryBlock();
  for (Argument &Arg : F.args()) {
    Type *Ty = Arg.getParamByValType();
    if (!Ty || !Ty->isSized() || Arg.use_empty() ||
        Arg.getType()->getPointerAddressSpace() != 0)
      continue;
    IRBuilder<> IRB(&Entry, Entry.getFirstInsertionPt());
    AllocaInst *Copy = IRB.CreateAlloca(Ty, nullptr, Arg.getName());
    Align A = std::max(Arg.getParamAlign().valueOrOne(),
                       DL.getPrefTypeAlign(Ty));
    Copy->setAlignment(A);
    Arg.replaceAllUsesWith(Copy);
    BasicBlock::iterator After = Entry.getFirstInsertionPt();
    while (isa<AllocaInst>(*After))
      ++After;
    IRB.SetInsertPoint(&Entry, After);
    if (DISubprogram *SP = F.getSubprogram())
      IRB.SetCurrentDebugLocation(
          DILocation::get(F.getContext(), SP->getScopeLine(), 0, SP));
    IRB.CreateMemCpy(Copy, A, &Arg, Arg.getParamAlign().valueOrOne(),
                     DL.getTypeAllocSize(Ty));
  }
}

void FrameBuilder::select() {
  for (Instruction &I : F.getEntryBlock()) {
    auto *AI = dyn_cast<AllocaInst>(&I);
    if (!AI || !isRedzoned(*AI, Safe))
      continue;
    Variable V;
    V.Alloca = AI;
    V.Size = AI->getAllocationSize(DL)->getFixedValue();
    for (User *U : AI->users())
      if (auto *II = dyn_cast<IntrinsicInst>(U)) {
        if (II->getIntrinsicID() == Intrinsic::lifetime_start)
          V.Starts.push_back(II);
        else if (II->getIntrinsicID() == Intrinsic::lifetime_end)
          V.Ends.push_back(II);
      }
    // Ends without a start would poison the variable for good.
    if (!ClUseAfterScope || V.Starts.empty()) {
      V.Starts.clear();
      V.Ends.clear();
    }
    Vars.push_back(std::move(V));
  }
  // As ASan lays them out: the most aligned first (alignments below 16
  // count as 16), so that a read before an over-aligned variable lands in
  // the frame's header, an underflow as ASan names it.
  llvm::sort(Vars, [](const Variable &A, const Variable &B) {
    auto Key = [](const Variable &V) {
      return std::max<uint64_t>(V.Alloca->getAlign().value(), 16);
    };
    if (Key(A) != Key(B))
      return Key(A) > Key(B);
    return A.Alloca->comesBefore(B.Alloca);
  });
  for (Instruction &I : instructions(F))
    if (Instruction *Exit = memscope::frameExit(I))
      Exits.push_back(Exit);
}

/// A direct access to a scoped variable outside its lifetime (after
/// inlining, a pointer kept past the scope is often forwarded to the
/// variable itself) is marked for a check.
void FrameBuilder::markAccessesOutOfScope() {
  SmallVector<const AllocaInst *, 8> Scoped;
  for (const Variable &V : Vars)
    if (V.scoped())
      Scoped.push_back(V.Alloca);
  if (Scoped.empty())
    return;
  StackLifetime Lifetimes(F, Scoped, StackLifetime::LivenessType::Must);
  Lifetimes.run();
  MDNode *Mark = MDNode::get(F.getContext(), {});
  for (Instruction &I : instructions(F)) {
    SmallVector<const Value *, 2> Pointers;
    if (auto *LI = dyn_cast<LoadInst>(&I))
      Pointers.push_back(LI->getPointerOperand());
    else if (auto *SI = dyn_cast<StoreInst>(&I))
      Pointers.push_back(SI->getPointerOperand());
    else if (auto *RMW = dyn_cast<AtomicRMWInst>(&I))
      Pointers.push_back(RMW->getPointerOperand());
    else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(&I))
      Pointers.push_back(CX->getPointerOperand());
    else if (auto *MI = dyn_cast<MemIntrinsic>(&I)) {
      Pointers.push_back(MI->getRawDest());
      if (auto *MT = dyn_cast<MemTransferInst>(MI))
        Pointers.push_back(MT->getRawSource());
    } else if (auto *CB = dyn_cast<CallBase>(&I)) {
      // A struct passed by value is copied at the call.
      for (unsigned Arg = 0; Arg < CB->arg_size(); ++Arg)
        if (CB->isByValArgument(Arg))
          Pointers.push_back(CB->getArgOperand(Arg));
    }
    for (const Value *P : Pointers) {
      const auto *AI = dyn_cast<AllocaInst>(getUnderlyingObject(P));
      if (AI && is_contained(Scoped, AI) && Lifetimes.isReachable(&I) &&
          !Lifetimes.isAliveAfter(AI, &I))
        I.setMetadata(memscope::MayBeOutOfScopeMD, Mark);
    }
  }
}

void FrameBuilder::layOut() {
  // Each variable at a multiple of its alignment, at least 16 bytes, as
  // ASan lays them out: a 4-byte local takes 16 bytes of the frame.
  uint64_t Offset = kHeaderSize;
  for (Variable &V : Vars) {
    Align A = std::max(V.Alloca->getAlign(), Align(kSlotAlign));
    FrameAlign = std::max(FrameAlign, A);
    V.Offset = alignTo(Offset, A);
    // An array of over-aligned elements (its size a multiple of their
    // alignment): the redzone after it covers one more element.
    uint64_t Stride = V.Alloca->getAlign().value();
    Offset = V.Offset + std::max(slotSize(V.Size),
                                 V.Size % Stride ? 0 : V.Size + Stride);
  }
  FrameSize = alignTo(alignTo(Offset, kFrameAlign), FrameAlign);

  // Header: left redzone; between variables: mid; after the last: right.
  uint64_t Granules = FrameSize / kGranule;
  EntryShadow.assign(Granules, MEMSCOPE_MAGIC_STACK_MID_REDZONE);
  std::fill_n(EntryShadow.begin(), kHeaderSize / kGranule,
              MEMSCOPE_MAGIC_STACK_LEFT_REDZONE);
  const Variable &Last = Vars.back();
  for (uint64_t G = alignTo(Last.Offset + Last.Size, kGranule) / kGranule;
       G < Granules; ++G)
    EntryShadow[G] = MEMSCOPE_MAGIC_STACK_RIGHT_REDZONE;
  for (const Variable &V : Vars) {
    uint64_t G = V.Offset / kGranule, Full = V.Size / kGranule;
    std::fill_n(EntryShadow.begin() + G, Full,
                V.scoped() ? MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE : 0);
    if (V.Size % kGranule)
      EntryShadow[G + Full] = V.scoped() ? MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE
                                         : V.Size % kGranule;
  }
}

/// The variable's name and line from its debug records, else from the IR.
/// A slot the optimiser shares between a variable of the function and one
/// of a function inlined into it (a callee that fills the caller's
/// variable in place, or whose local the caller's took over) is the
/// function's own variable; one only inlined callees' variables describe
/// is the last declared of them, as ASan picks.
void FrameBuilder::nameVariables() {
  DenseMap<const AllocaInst *, SmallVector<const DbgVariableRecord *, 2>>
      Records;
  for (Instruction &I : instructions(F))
    for (const DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange())) {
      // Records of variables stored in the slot: not of a pointer whose
      // value is the slot's address (Rust's `let p = table.as_ptr()`).
      Value *Storage = nullptr;
      if (R.isDbgAssign())
        Storage = R.getAddress();
      else if (R.isDbgDeclare() || R.getExpression()->startsWithDeref())
        Storage = R.getVariableLocationOp(0);
      if (auto *AI = dyn_cast_or_null<AllocaInst>(Storage))
        Records[AI].push_back(&R);
    }
  for (Variable &V : Vars) {
    const DILocalVariable *Best = nullptr;
    bool BestOwn = false;
    for (const DbgVariableRecord *R : Records.lookup(V.Alloca)) {
      const DILocalVariable *Var = R->getVariable();
      bool Own = !R->getDebugLoc() || !R->getDebugLoc()->getInlinedAt();
      if (!Best || (Own && !BestOwn) ||
          (Own == BestOwn && Var->getLine() > Best->getLine())) {
        Best = Var;
        BestOwn = Own;
      }
    }
    if (Best) {
      V.Name = Best->getName().str();
      V.Line = Best->getLine();
    }
    if (V.Name.empty())
      V.Name = V.Alloca->hasName() ? V.Alloca->getName().str() : "<unknown>";
  }
}

Constant *FrameBuilder::description() const {
  std::string Desc = std::to_string(Vars.size());
  for (const Variable &V : Vars) {
    std::string Name = V.Name;
    if (V.Line)
      Name += ":" + std::to_string(V.Line);
    Desc += " " + std::to_string(V.Offset) + " " + std::to_string(V.Size) +
            " " + std::to_string(Name.size()) + " " + Name;
  }
  return Strings.string(Desc);
}

void FrameBuilder::emitShadow(IRBuilder<> &IRB, ArrayRef<uint8_t> Values,
                              ArrayRef<bool> Needed, uint64_t Begin,
                              uint64_t End) {
  MDNode *NoSanitize = MDNode::get(F.getContext(), {});
  for (uint64_t I = Begin; I < End;) {
    if (!Needed[I]) {
      ++I;
      continue;
    }
    uint64_t Run = I;
    while (Run < End && Needed[Run] && Values[Run] == Values[I])
      ++Run;
    Value *Addr = IRB.CreateIntToPtr(
        IRB.CreateAdd(ShadowBase, ConstantInt::get(IntptrTy, I)),
        IRB.getPtrTy());
    if (Run - I >= kMinShadowCallRun) {
      IRB.CreateCall(M.getOrInsertFunction(MEMSCOPE_SET_SHADOW_NAME,
                                           IRB.getVoidTy(), IRB.getPtrTy(),
                                           IRB.getInt8Ty(), IntptrTy),
                     {Addr, IRB.getInt8(Values[I]),
                      ConstantInt::get(IntptrTy, Run - I)});
      I = Run;
      continue;
    }
    uint64_t Width = 8;
    while (I + Width > End)
      Width /= 2;
    uint64_t Word = 0;
    for (uint64_t B = 0; B < Width; ++B)
      Word |= uint64_t(Values[I + B]) << (8 * B);
    StoreInst *Store = IRB.CreateAlignedStore(
        IRB.getIntN(8 * Width, Word), Addr, Align(1));
    Store->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
    I += Width;
  }
}

void FrameBuilder::rewrite() {
  LLVMContext &Ctx = F.getContext();
  BasicBlock &Entry = F.getEntryBlock();
  auto *FrameTy = ArrayType::get(Type::getInt8Ty(Ctx), FrameSize);
  SmallVector<Metadata *, 16> Places;
  for (const Variable &V : Vars) {
    Places.push_back(ConstantAsMetadata::get(
        ConstantInt::get(Type::getInt64Ty(Ctx), V.Offset)));
    Places.push_back(ConstantAsMetadata::get(
        ConstantInt::get(Type::getInt64Ty(Ctx), V.Size)));
  }
  MDNode *PlacesMD = MDNode::get(Ctx, Places);

  // After the allocas that stay, before anything else.
  BasicBlock::iterator After = Entry.getFirstInsertionPt();
  while (isa<AllocaInst>(*After))
    ++After;
  IRBuilder<> IRB(&Entry, After);
  if (DISubprogram *SP = F.getSubprogram())
    IRB.SetCurrentDebugLocation(DILocation::get(Ctx, SP->getScopeLine(), 0, SP));

  // The frame: a fake one from the runtime if it gives one, else an alloca
  // made only then (the real stack holds no frame unused). The phi that
  // chooses carries the variables' places, as the alloca does.
  Instruction *Base;
  Value *Fake = nullptr, *IsFake = nullptr;
  if (UseFakeFrame) {
    Fake = IRB.CreateCall(
        M.getOrInsertFunction(MEMSCOPE_STACK_MALLOC_NAME, IntptrTy, IntptrTy),
        {ConstantInt::get(IntptrTy, FrameSize)});
    IsFake = IRB.CreateICmpNE(Fake, ConstantInt::get(IntptrTy, 0));
    Value *FakePtr = IRB.CreateIntToPtr(Fake, IRB.getPtrTy());
    Instruction *OnStack = SplitBlockAndInsertIfThen(
        IRB.CreateNot(IsFake), After, /*Unreachable=*/false,
        MDBuilder(Ctx).createUnlikelyBranchWeights());
    IRBuilder<> StackIRB(OnStack);
    // The function's own line, as the code above: a stack overflow that
    // faults here is reported at it (a line-0 location names no line).
    StackIRB.SetCurrentDebugLocation(IRB.getCurrentDebugLocation());
    OnStack->setDebugLoc(IRB.getCurrentDebugLocation());
    AllocaInst *Frame = StackIRB.CreateAlloca(FrameTy, nullptr, "memscope.frame");
    Frame->setAlignment(FrameAlign);
    Frame->setMetadata(MEMSCOPE_FRAME_MD, PlacesMD);
    BasicBlock *Body = OnStack->getSuccessor(0);
    IRB.SetInsertPoint(Body, Body->begin());
    PHINode *Chosen = IRB.CreatePHI(IRB.getPtrTy(), 2, "memscope.frame.base");
    Chosen->addIncoming(FakePtr, &Entry);
    Chosen->addIncoming(Frame, OnStack->getParent());
    Base = Chosen;
  } else {
    IRBuilder<> Top(&Entry, Entry.getFirstInsertionPt());
    AllocaInst *Frame = Top.CreateAlloca(FrameTy, nullptr, "memscope.frame");
    Frame->setAlignment(FrameAlign);
    Base = Frame;
  }
  Base->setMetadata(MEMSCOPE_FRAME_MD, PlacesMD);

  MDNode *NoSanitize = MDNode::get(Ctx, {});
  auto HeaderStore = [&](Value *Val, uint64_t Offset) {
    IRB.CreateAlignedStore(Val, IRB.CreateConstInBoundsGEP1_64(
                                    IRB.getInt8Ty(), Base, Offset),
                           Align(8))
        ->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
  };
  HeaderStore(IRB.getInt64(MEMSCOPE_FRAME_MAGIC), 0);
  HeaderStore(description(), 8);
  HeaderStore(&F, 16);

  ShadowBase = IRB.CreateAdd(
      IRB.CreateLShr(IRB.CreatePtrToInt(Base, IntptrTy), MEMSCOPE_SHADOW_SCALE),
      ConstantInt::get(IntptrTy, MEMSCOPE_SHADOW_OFFSET), "memscope.shadow");
  uint64_t Granules = EntryShadow.size();
  SmallVector<bool, 64> Poisoned(Granules), All(Granules, true);
  for (uint64_t G = 0; G < Granules; ++G)
    Poisoned[G] = EntryShadow[G] != 0;
  // A fake frame's shadow is what the frame there before left, and the
  // alloca made without one may lie where abandoned frames left their
  // redzones: either is written whole. A frame that is always an alloca
  // lies where returning frames cleared theirs.
  emitShadow(IRB, EntryShadow, UseFakeFrame ? All : Poisoned, 0, Granules);
  // The variables' addresses, before any of their uses.
  SmallVector<Value *, 8> VarPlaces;
  for (const Variable &V : Vars)
    VarPlaces.push_back(
        IRB.CreateConstInBoundsGEP1_64(IRB.getInt8Ty(), Base, V.Offset));

  // Each variable where it enters and leaves its scope.
  SmallVector<uint8_t, 64> InScope(Granules, 0), OutOfScope(Granules, 0);
  for (const Variable &V : Vars) {
    uint64_t Begin = V.Offset / kGranule;
    uint64_t End = alignTo(V.Offset + V.Size, kGranule) / kGranule;
    for (uint64_t G = Begin; G < End; ++G)
      OutOfScope[G] = MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE;
    if (V.Size % kGranule)
      InScope[End - 1] = V.Size % kGranule;
    for (IntrinsicInst *Start : V.Starts) {
      IRBuilder<> At(Start);
      emitShadow(At, InScope, All, Begin, End);
      Start->eraseFromParent();
    }
    for (IntrinsicInst *End_ : V.Ends) {
      IRBuilder<> At(End_);
      emitShadow(At, OutOfScope, All, Begin, End);
      End_->eraseFromParent();
    }
    NumScoped += V.scoped();
  }

  // On the way out: a fake frame is poisoned whole and given back (its
  // flag cleared here for the classes the runtime lets code do it, else by
  // the runtime); a real one's shadow is cleared.
  SmallVector<uint8_t, 64> Clear(Granules, 0);
  SmallVector<uint8_t, 64> Returned(Granules,
                                    MEMSCOPE_MAGIC_STACK_AFTER_RETURN);
  uint64_t ClassSize = std::max(PowerOf2Ceil(FrameSize),
                                uint64_t(1) << MEMSCOPE_FAKE_FRAME_MIN_LOG);
  bool FreeInline =
      ClassSize <= (uint64_t(1) << MEMSCOPE_FAKE_FRAME_INLINE_MAX_LOG);
  for (Instruction *Exit : Exits) {
    if (!UseFakeFrame) {
      IRBuilder<> At(Exit);
      emitShadow(At, Clear, Poisoned, 0, Granules);
      continue;
    }
    Instruction *FreeFake, *ClearReal;
    SplitBlockAndInsertIfThenElse(IsFake, Exit->getIterator(), &FreeFake,
                                  &ClearReal);
    IRBuilder<> AtFake(FreeFake);
    AtFake.SetCurrentDebugLocation(Exit->getDebugLoc());
    if (FreeInline) {
      emitShadow(AtFake, Returned, All, 0, Granules);
      Value *Slot = AtFake.CreateIntToPtr(
          AtFake.CreateAdd(Fake, ConstantInt::get(IntptrTy, ClassSize - 8)),
          AtFake.getPtrTy());
      LoadInst *Flag = AtFake.CreateAlignedLoad(AtFake.getPtrTy(), Slot,
                                                Align(8), "memscope.flag");
      Flag->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
      AtFake.CreateStore(AtFake.getInt8(0), Flag)
          ->setMetadata(LLVMContext::MD_nosanitize, NoSanitize);
    } else {
      AtFake.CreateCall(M.getOrInsertFunction(MEMSCOPE_STACK_FREE_NAME,
                                              AtFake.getVoidTy(), IntptrTy,
                                              IntptrTy),
                        {Fake, ConstantInt::get(IntptrTy, FrameSize)});
    }
    IRBuilder<> AtReal(ClearReal);
    AtReal.SetCurrentDebugLocation(Exit->getDebugLoc());
    emitShadow(AtReal, Clear, Poisoned, 0, Granules);
  }

  // Debug records follow the variables into the frame, after its choice.
  // Assignment tracking's records (optimised code) would use a variable's
  // new address before the frame is chosen; they go, and the variable's
  // location with them.
  DIBuilder DIB(M, /*AllowUnresolved=*/false);
  Instruction *AfterPlaces =
      cast<Instruction>(VarPlaces.back())->getNextNode();
  for (auto [V, Place] : zip(Vars, VarPlaces)) {
    TinyPtrVector<DbgVariableRecord *> Declares = findDVRDeclares(V.Alloca);
    replaceDbgDeclare(V.Alloca, Base, DIB, DIExpression::ApplyOffset,
                      static_cast<int>(V.Offset));
    for (DbgVariableRecord *Declare : Declares) {
      Declare->removeFromParent();
      AfterPlaces->getParent()->insertDbgRecordBefore(
          Declare, AfterPlaces->getIterator());
    }
    at::deleteAssignmentMarkers(V.Alloca);
    salvageDebugInfo(*V.Alloca);
    Place->takeName(V.Alloca);
    V.Alloca->replaceAllUsesWith(Place);
  }
  for (Variable &V : Vars)
    V.Alloca->eraseFromParent();
}

bool FrameBuilder::run() {
  if (F.hasFnAttribute(Attribute::PresplitCoroutine))
    return false;
  for (Instruction &I : instructions(F))
    if (auto *II = dyn_cast<IntrinsicInst>(&I))
      if (II->getIntrinsicID() == Intrinsic::localescape)
        return false;
  copyByValArguments();
  select();
  if (Vars.empty())
    return false;
  layOut();
  // A frame too large to describe granule by granule keeps its largest
  // variables as plain allocas (without redzones) until the rest fits: a
  // small buffer beside a huge array is checked still.
  while (FrameSize > kMaxFrameSize) {
    Vars.erase(llvm::max_element(Vars, [](const Variable &A,
                                          const Variable &B) {
      return A.Size < B.Size;
    }));
    if (Vars.empty())
      return false;
    layOut();
  }
  markAccessesOutOfScope();
  nameVariables();
  UseFakeFrame = ClUseAfterReturn && FrameSize <= kMaxFakeFrameSize &&
                 !needsRealFrame(F);
  rewrite();
  ++NumFrames;
  NumVariables += Vars.size();
  return true;
}

/// Gives each of \p Dynamic (alloca(n), variable-length arrays) a left
/// redzone of 32 bytes (of the alignment, when larger; the runtime poisons
/// the 32 next to the variable) and a right one to the next multiple of 32
/// and at
/// least 32 more, which the runtime poisons (ca, cb) when it is made; the
/// shadow of the memory they took is cleared where the stack gives it back:
/// at llvm.stackrestore and before every return.
void redzoneDynamicAllocas(Function &F, ArrayRef<AllocaInst *> Dynamic) {
  if (Dynamic.empty())
    return;
  Module &M = *F.getParent();
  const DataLayout &DL = M.getDataLayout();
  Type *IntptrTy = DL.getIntPtrType(M.getContext());
  constexpr uint64_t kRedzone = 32;
  FunctionCallee Poison = M.getOrInsertFunction(
      MEMSCOPE_ALLOCA_POISON_NAME, Type::getVoidTy(M.getContext()), IntptrTy,
      IntptrTy);
  FunctionCallee Unpoison = M.getOrInsertFunction(
      MEMSCOPE_ALLOCAS_UNPOISON_NAME, Type::getVoidTy(M.getContext()),
      IntptrTy, IntptrTy);
  for (AllocaInst *AI : Dynamic) {
    IRBuilder<> IRB(AI);
    Value *Size = ConstantInt::get(
        IntptrTy, DL.getTypeAllocSize(AI->getAllocatedType()).getFixedValue());
    if (AI->isArrayAllocation())
      Size = IRB.CreateMul(
          Size, IRB.CreateZExtOrTrunc(AI->getArraySize(), IntptrTy));
    // Size rounded up to 32, then both redzones; the left one is the
    // variable's alignment when that is larger (alignas(128) char buf[n]),
    // so the variable keeps it.
    uint64_t Left = std::max<uint64_t>(kRedzone, AI->getAlign().value());
    Value *Total = IRB.CreateAdd(
        IRB.CreateAnd(IRB.CreateAdd(Size, ConstantInt::get(IntptrTy, kRedzone - 1)),
                      ConstantInt::get(IntptrTy, ~(kRedzone - 1))),
        ConstantInt::get(IntptrTy, Left + kRedzone));
    AllocaInst *Padded = IRB.CreateAlloca(IRB.getInt8Ty(), Total);
    Padded->setAlignment(std::max(AI->getAlign(), Align(kRedzone)));
    // Redzoned, with no place known inside: every access is checked.
    Padded->setMetadata(MEMSCOPE_FRAME_MD, MDNode::get(M.getContext(), {}));
    Value *User = IRB.CreateConstInBoundsGEP1_64(IRB.getInt8Ty(), Padded, Left);
    IRB.CreateCall(Poison, {IRB.CreatePtrToInt(User, IntptrTy), Size});
    User->takeName(AI);
    AI->replaceAllUsesWith(User);
    AI->eraseFromParent();
  }
  // Where the function's dynamic allocas begin, and where they end.
  BasicBlock &Entry = F.getEntryBlock();
  BasicBlock::iterator After = Entry.getFirstInsertionPt();
  while (isa<AllocaInst>(*After))
    ++After;
  IRBuilder<> EntryIRB(&Entry, After);
  Value *Bottom = EntryIRB.CreatePtrToInt(EntryIRB.CreateStackSave(), IntptrTy);
  SmallVector<Instruction *, 4> Releases;
  for (Instruction &I : instructions(F)) {
    if (auto *II = dyn_cast<IntrinsicInst>(&I))
      if (II->getIntrinsicID() == Intrinsic::stackrestore)
        Releases.push_back(II);
    if (Instruction *Exit = memscope::frameExit(I))
      Releases.push_back(Exit);
  }
  for (Instruction *Release : Releases) {
    IRBuilder<> IRB(Release);
    Value *Top = IRB.CreatePtrToInt(IRB.CreateStackSave(), IntptrTy);
    Value *Until = Bottom;
    if (auto *II = dyn_cast<IntrinsicInst>(Release))
      Until = IRB.CreatePtrToInt(II->getArgOperand(0), IntptrTy);
    IRB.CreateCall(Unpoison, {Top, Until});
  }
}

/// True if \p CB, a call that does not return, needs no announcement of its
/// own: one of glibc's longjmp functions (the runtime's interceptors clear
/// the stack above the jump and give back the fake frames it leaves, which
/// they find by where it goes), or a call of a function this pass
/// instruments here (the calls inside it that leave are announced or
/// intercepted there).
static bool leavesItsOwnWay(const CallBase &CB) {
  const Function *Callee = CB.getCalledFunction();
  if (!Callee)
    return false;
  StringRef Name = Callee->getName();
  if (Name == "longjmp" || Name == "_longjmp" || Name == "siglongjmp" ||
      Name == "__longjmp_chk")
    return true;
  return !Callee->isDeclaration() && Callee->hasExactDefinition() &&
         memscope::isChecked(*Callee);
}

/// Announces each call of \p F that does not return (but those that leave
/// their own way), and each return from vfork; gives the program's
/// dynamic allocas redzones (the frames' own fallback allocas are cleared
/// where they are made).
bool announceStackChanges(Function &F) {
  SmallVector<CallBase *, 4> NoReturns, Vforks;
  SmallVector<AllocaInst *, 4> Dynamic;
  for (Instruction &I : instructions(F)) {
    if (auto *AI = dyn_cast<AllocaInst>(&I)) {
      if (!AI->isStaticAlloca() && !AI->getMetadata(MEMSCOPE_FRAME_MD) &&
          AI->getAddressSpace() == 0 && AI->getAllocatedType()->isSized())
        Dynamic.push_back(AI);
      continue;
    }
    auto *CB = dyn_cast<CallBase>(&I);
    if (!CB || CB->hasMetadata(LLVMContext::MD_nosanitize))
      continue;
    // __builtin_longjmp leaves the frames above its __builtin_setjmp as a
    // call that does not return would; no other intrinsic leaves.
    if (auto *II = dyn_cast<IntrinsicInst>(CB)) {
      if (II->getIntrinsicID() == Intrinsic::eh_sjlj_longjmp)
        NoReturns.push_back(CB);
      continue;
    }
    if (CB->doesNotReturn()) {
      if (!leavesItsOwnWay(*CB))
        NoReturns.push_back(CB);
      else // nor by ASan's pass, which clang runs after this one
        CB->setMetadata(LLVMContext::MD_nosanitize,
                        MDNode::get(F.getContext(), {}));
    }
    else if (const Function *Callee = CB->getCalledFunction())
      if (Callee->getName() == "vfork" && isa<CallInst>(CB))
        Vforks.push_back(CB);
  }
  Module &M = *F.getParent();
  for (CallBase *CB : NoReturns) {
    IRBuilder<> IRB(CB);
    IRB.CreateCall(M.getOrInsertFunction(MEMSCOPE_HANDLE_NO_RETURN_NAME,
                                         IRB.getVoidTy()))
        ->setDebugLoc(CB->getDebugLoc());
  }
  for (CallBase *CB : Vforks) {
    IRBuilder<> IRB(CB->getNextNode());
    IRB.CreateCall(M.getOrInsertFunction(MEMSCOPE_HANDLE_VFORK_NAME,
                                         IRB.getVoidTy()))
        ->setDebugLoc(CB->getDebugLoc());
  }
  redzoneDynamicAllocas(F, Dynamic);
  NumNoReturnCalls += NoReturns.size();
  return !NoReturns.empty() || !Vforks.empty() || !Dynamic.empty();
}

} // namespace

namespace memscope {

DenseSet<const AllocaInst *> provenSafeAllocas(Module &M,
                                               ModuleAnalysisManager &MAM) {
  DenseSet<const AllocaInst *> Safe;
  if (!ClStackSafety)
    return Safe;
  const StackSafetyGlobalInfo &SSGI = MAM.getResult<StackSafetyGlobalAnalysis>(M);
  for (Function &F : M)
    if (!F.isDeclaration() && isChecked(F))
      for (Instruction &I : F.getEntryBlock())
        if (auto *AI = dyn_cast<AllocaInst>(&I); AI && SSGI.isSafe(*AI))
          Safe.insert(AI);
  return Safe;
}

bool willPoisonOutOfScope(const AllocaInst &AI,
                          const DenseSet<const AllocaInst *> &Safe) {
  if (!ClStack || !ClUseAfterScope || !isRedzoned(AI, Safe))
    return false;
  return any_of(AI.users(), [](const User *U) {
    const auto *II = dyn_cast<IntrinsicInst>(U);
    return II && II->getIntrinsicID() == Intrinsic::lifetime_start;
  });
}

PreservedAnalyses StackRedzonesPass::run(Module &M,
                                         ModuleAnalysisManager &MAM) {
  if (!ClStack || M.getModuleFlag(LaidOutFlag))
    return PreservedAnalyses::all();
  // Before any frame is laid out: the analysis sees the module as it was.
  DenseSet<const AllocaInst *> Safe = provenSafeAllocas(M, MAM);
  SiteDescriptors Strings(M);
  bool Changed = false;
  for (Function &F : M) {
    if (!isChecked(F))
      continue;
    Changed |= FrameBuilder(F, Strings, Safe).run();
    Changed |= announceStackChanges(F);
  }
  M.addModuleFlag(Module::Max, LaidOutFlag, 1);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace memscope
