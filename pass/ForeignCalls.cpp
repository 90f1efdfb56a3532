//===- pass/ForeignCalls.cpp - pointers crossing declared-only calls ------===//
//
// A call of a function the module only declares may go to code built
// without memscope (a library the program links): the pointers it passes
// and the pointer it gets back cross the boundary. Whether the callee is
// foreign is only known at run time, and only once: the call's descriptor
// (Op MEMSCOPE_OP_FOREIGN_CALL) caches the runtime's verdict in its Family
// byte, which the code tests inline.
//
//     %v = load atomic i8, ptr getelementptr (@memscope.site, 0, 2) monotonic
//     br (%v != KNOWN_HERE), tell the runtime about each pointer argument
//     %r = call ptr @lib_name(ptr %h)
//     (the same test) call @__memscope_foreign_result(@site, @lib_name, %r)
//
// Once the callee is found to be instrumented or the system's, a call costs
// a load and a branch on each side. Calls of the C and C++ standard
// libraries' functions (TargetLibraryInfo knows them) are left alone. Runs
// after optimisation: calls the inliner removed cross nothing, and the
// loads added here are not checked.
//
// No pointer may outlive its use because of this: a copy left in the
// frame is a reference a leak check believes. The runtime's entry points
// keep every register (preserve_all), so nothing is spilled around them;
// in optnone functions (-O0), where the fast register allocator spills
// every value that crosses a block boundary, the runtime is called without
// the inline test, in the call's own block.
//
// Not seen: calls through function pointers (a callback table, dlsym) and
// pointers inside structures passed by pointer; include/memscope/memscope.h
// has annotations for those.
//
// See also: runtime/memscope_foreign.cpp, include/memscope/abi.h,
// test/Instrumentation/foreign-calls.ll.
//===----------------------------------------------------------------------===//
#include "ForeignCalls.h"
#include "Instrumentable.h"
#include "Sites.h"

#include "memscope/abi.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

using namespace llvm;
using memscope::SiteDescriptors;
using memscope::SiteFields;

#define DEBUG_TYPE "memscope-foreign-calls"

static cl::opt<bool> ClForeignCalls(
    "memscope-foreign-calls", cl::init(true), cl::Hidden,
    cl::desc("Tell the runtime about pointers passed to and returned by "
             "calls of functions the module only declares."));

STATISTIC(NumCallsWatched, "Calls of declared-only functions watched");

/// Set on a module once its calls are watched, so a second run adds nothing.
static constexpr StringLiteral WatchedFlag = "memscope.foreign_calls";

/// Functions that are never foreign: the runtime's and the compiler's.
static bool isToolFunction(StringRef Name) {
  for (StringRef Prefix :
       {"__memscope_", "__asan_", "__lsan_", "__sanitizer_", "__ubsan_"})
    if (Name.starts_with(Prefix))
      return true;
  return false;
}

/// The call passes or returns a pointer across a call of a declared-only
/// function that is not the standard library's.
static bool crossesPointers(const CallBase &CB, const TargetLibraryInfo &TLI) {
  const Function *Callee = CB.getCalledFunction();
  LibFunc Known;
  if (!Callee || !Callee->isDeclaration() || Callee->isIntrinsic() ||
      isToolFunction(Callee->getName()) || CB.isMustTailCall() ||
      isa<CallBrInst>(CB) || TLI.getLibFunc(*Callee, Known))
    return false;
  if (CB.getType()->isPointerTy())
    return true;
  return any_of(CB.args(),
                [](const Use &A) { return A->getType()->isPointerTy(); });
}

/// The name of the function the call is written in: the innermost inlined
/// one, demangled.
static std::string callerName(const CallBase &CB) {
  if (const DILocation *Loc = CB.getDebugLoc().get())
    if (const DISubprogram *SP = Loc->getScope()->getSubprogram())
      return demangle(SP->getLinkageName().empty()
                          ? SP->getName().str()
                          : SP->getLinkageName().str());
  return demangle(CB.getFunction()->getName().str());
}

namespace {

class Watcher {
public:
  explicit Watcher(Module &M)
      : M(M), Sites(M), PtrTy(PointerType::getUnqual(M.getContext())) {
    Type *Void = Type::getVoidTy(M.getContext());
    for (auto [Callee, Name] :
         {std::pair(&ArgFn, MEMSCOPE_FOREIGN_ARG_NAME),
          std::pair(&ResultFn, MEMSCOPE_FOREIGN_RESULT_NAME)})
    {
      *Callee = M.getOrInsertFunction(Name, Void, PtrTy, PtrTy, PtrTy);
      if (auto *F = dyn_cast<Function>(Callee->getCallee()))
        F->setCallingConv(CallingConv::PreserveAll);
    }
  }

  void watch(CallBase &CB);

private:
  /// Where the runtime is told about a crossing at \p Before: a block
  /// entered unless the site's verdict is "known here" (returns its
  /// terminator), or, in an optnone function, \p Before itself.
  Instruction *unlessKnown(GlobalVariable *Site, Instruction *Before);
  void tell(FunctionCallee Fn, GlobalVariable *Site, Function *Callee,
            Value *P, Instruction *Before, const DebugLoc &Loc);

  Module &M;
  SiteDescriptors Sites;
  PointerType *PtrTy;
  FunctionCallee ArgFn, ResultFn;
};

Instruction *Watcher::unlessKnown(GlobalVariable *Site, Instruction *Before) {
  if (Before->getFunction()->hasOptNone())
    return Before;
  IRBuilder<> IRB(Before);
  Value *Verdict = IRB.CreateConstInBoundsGEP2_32(
      Site->getValueType(), Site, 0, 2); // memscope_site::Family
  LoadInst *V = IRB.CreateLoad(IRB.getInt8Ty(), Verdict);
  V->setAtomic(AtomicOrdering::Monotonic);
  V->setAlignment(Align(1));
  Value *Unknown =
      IRB.CreateICmpNE(V, IRB.getInt8(MEMSCOPE_CALLEE_KNOWN_HERE));
  return SplitBlockAndInsertIfThen(Unknown, Before->getIterator(),
                                   /*Unreachable=*/false);
}

void Watcher::watch(CallBase &CB) {
  Function *Callee = CB.getCalledFunction();
  SiteFields F;
  F.Op = MEMSCOPE_OP_FOREIGN_CALL;
  SiteDescriptors::setLocation(F, CB.getDebugLoc().get());
  F.Function = callerName(CB);
  F.Variable = demangle(Callee->getName().str());
  GlobalVariable *Site = Sites.create(F);
  DebugLoc Loc = CB.getDebugLoc();

  SmallVector<Value *, 4> Pointers;
  for (const Use &A : CB.args())
    if (A->getType()->isPointerTy() && !isa<Constant>(A))
      Pointers.push_back(A);
  if (!Pointers.empty()) {
    Instruction *Before = unlessKnown(Site, &CB);
    for (Value *P : Pointers)
      tell(ArgFn, Site, Callee, P, Before, Loc);
  }

  if (!CB.getType()->isPointerTy() || CB.use_empty())
    return;
  Instruction *After;
  if (auto *Invoke = dyn_cast<InvokeInst>(&CB)) {
    BasicBlock *Normal = Invoke->getNormalDest();
    if (!Normal->getSinglePredecessor())
      Normal = SplitEdge(Invoke->getParent(), Normal);
    After = &*Normal->getFirstInsertionPt();
  } else {
    After = CB.getNextNode();
  }
  tell(ResultFn, Site, Callee, &CB, unlessKnown(Site, After), Loc);
}

void Watcher::tell(FunctionCallee Fn, GlobalVariable *Site, Function *Callee,
                   Value *P, Instruction *Before, const DebugLoc &Loc) {
  IRBuilder<> IRB(Before);
  IRB.SetCurrentDebugLocation(Loc);
  IRB.CreateCall(Fn, {Site, Callee, P})
      ->setCallingConv(CallingConv::PreserveAll);
}

} // namespace

namespace memscope {

PreservedAnalyses ForeignCallsPass::run(Module &M,
                                        ModuleAnalysisManager &MAM) {
  if (!ClForeignCalls || M.getModuleFlag(WatchedFlag))
    return PreservedAnalyses::all();
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  SmallVector<CallBase *, 16> Calls;
  for (Function &F : M) {
    if (!isInstrumentable(F))
      continue;
    const TargetLibraryInfo &TLI = FAM.getResult<TargetLibraryAnalysis>(F);
    for (Instruction &I : instructions(F))
      if (auto *CB = dyn_cast<CallBase>(&I); CB && crossesPointers(*CB, TLI))
        Calls.push_back(CB);
  }
  if (!Calls.empty()) {
    Watcher W(M);
    for (CallBase *CB : Calls)
      W.watch(*CB);
  }
  NumCallsWatched += Calls.size();
  M.addModuleFlag(Module::Max, WatchedFlag, 1);
  return Calls.empty() ? PreservedAnalyses::all() : PreservedAnalyses::none();
}

} // namespace memscope
