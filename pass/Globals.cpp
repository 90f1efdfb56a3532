//===- pass/Globals.cpp - redzones after global variables -----------------===//
//
// Pads each global variable the module defines with a right redzone, as
// ASan does, so that an access past its end (or before the next one) lands
// in poisoned memory:
//
//   @buf = global [10 x i8] zeroinitializer
//     ->
//   @buf = global { [10 x i8], [54 x i8] } zeroinitializer, align 32,
//          !memscope.redzone !{i64 10}
//
// The redzone brings the global to a multiple of 32 bytes, at least 32
// more (a quarter of the size for large globals, up to 256 KiB). A module
// constructor hands the runtime one memscope_global per padded global
// (abi.h), which poisons the redzones and names the globals in reports; a
// destructor takes them back when the module is unloaded.
//
// Left alone: declarations, thread-locals, globals in explicit sections or
// comdats, weak, common and linkonce definitions (another object's copy of
// a different size may win at link time), and the compiler's own
// (llvm.*, memscope.*).
//
// See also: runtime/memscope_globals.cpp, pass/MemoryAccess.cpp (which
// checks accesses to padded globals), test/Instrumentation/globals.ll.
//===----------------------------------------------------------------------===//
#include "Globals.h"
#include "Sites.h"

#include "memscope/abi.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

#define DEBUG_TYPE "memscope-globals"

static cl::opt<bool>
    ClGlobals("memscope-globals", cl::init(true), cl::Hidden,
              cl::desc("Pad global variables with redzones and check "
                       "accesses to them."));

STATISTIC(NumPaddedGlobals, "Global variables given a redzone");

/// Set on a module once its globals are padded, so a second run adds
/// nothing.
static constexpr StringLiteral PaddedFlag = "memscope.globals_padded";

/// The redzone after a global of \p Size bytes.
static uint64_t redzoneSize(uint64_t Size) {
  constexpr uint64_t MinRedzone = 32, MaxRedzone = 1 << 18;
  uint64_t Redzone =
      std::clamp((Size / MinRedzone / 4) * MinRedzone, MinRedzone, MaxRedzone);
  // The global and its redzone end at a multiple of MinRedzone.
  if (Size % MinRedzone)
    Redzone += MinRedzone - Size % MinRedzone;
  return Redzone;
}

/// Whether a global in \p Section may be padded. Not in a section whose
/// name is a C identifier, whose globals the program finds between the
/// linker's __start_ and __stop_ symbols as an array; nor in the sections
/// the loader or the toolchain reads as tables (init and fini arrays,
/// notes, LLVM's own), as ASan leaves them.
static bool paddableSection(StringRef Section) {
  if (Section.empty())
    return true;
  if (all_of(Section, [](char C) { return isAlnum(C) || C == '_'; }))
    return false;
  return Section != "llvm.metadata" && !Section.contains("__llvm") &&
         !Section.contains("__LLVM") && !Section.starts_with(".preinit_array") &&
         !Section.starts_with(".init_array") &&
         !Section.starts_with(".fini_array") && !Section.starts_with(".ctors") &&
         !Section.starts_with(".dtors") && !Section.starts_with(".note");
}

static bool shouldPad(const GlobalVariable &GV, const DataLayout &DL) {
  if (GV.isDeclaration() || GV.isThreadLocal() ||
      !paddableSection(GV.getSection()) || GV.hasComdat() ||
      GV.isExternallyInitialized() || !GV.getValueType()->isSized())
    return false;
  if (!GV.hasExternalLinkage() && !GV.hasLocalLinkage())
    return false;
  // `__attribute__((no_sanitize("address")))` on the variable, or an ignore
  // list entry (clang records them under its -fsanitize=address front end).
  if (GV.hasSanitizerMetadata() && GV.getSanitizerMetadata().NoAddress)
    return false;
  StringRef Name = GV.getName();
  if (Name.starts_with("llvm.") || Name.starts_with("memscope.") ||
      Name.starts_with("__memscope") || Name.starts_with("__asan") ||
      Name.starts_with("__sancov") || Name.starts_with("__llvm"))
    return false;
  return DL.getTypeAllocSize(GV.getValueType()) > 0 &&
         GV.getAlign().valueOrOne().value() <= 4096;
}

namespace {

/// What a report says of one global.
struct Described {
  GlobalVariable *GV;
  uint64_t Size;
  std::string Name, File;
  unsigned Line = 0;
  bool DynamicInit = false;
};

class Padder {
public:
  explicit Padder(Module &M)
      : M(M), DL(M.getDataLayout()), Ctx(M.getContext()),
        PtrTy(PointerType::getUnqual(Ctx)), I64(Type::getInt64Ty(Ctx)),
        I32(Type::getInt32Ty(Ctx)), Strings(M) {}

  bool run();

private:
  Described pad(GlobalVariable &GV);
  GlobalVariable *registerGlobals(ArrayRef<Described> Globals);
  void checkInitializationOrder(GlobalVariable *Array);

  Module &M;
  const DataLayout &DL;
  LLVMContext &Ctx;
  PointerType *PtrTy;
  IntegerType *I64, *I32;
  /// The names' strings, shared with the module's call-site descriptors.
  memscope::SiteDescriptors Strings;
};

Described Padder::pad(GlobalVariable &GV) {
  Type *Ty = GV.getValueType();
  uint64_t Size = DL.getTypeAllocSize(Ty);
  uint64_t Redzone = redzoneSize(Size);
  auto *RedzoneTy = ArrayType::get(Type::getInt8Ty(Ctx), Redzone);
  auto *PaddedTy = StructType::get(Ty, RedzoneTy);
  Constant *Init = GV.hasInitializer()
                       ? ConstantStruct::get(PaddedTy, GV.getInitializer(),
                                             Constant::getNullValue(RedzoneTy))
                       : nullptr;
  auto *Padded = new GlobalVariable(M, PaddedTy, GV.isConstant(),
                                    GV.getLinkage(), Init, "", &GV,
                                    GV.getThreadLocalMode(),
                                    GV.getAddressSpace());
  Padded->copyAttributesFrom(&GV);
  Padded->setAlignment(std::max(GV.getAlign().valueOrOne(), Align(32)));
  // A constant merged with an equal one elsewhere would lose its redzone
  // to a copy without one.
  Padded->setUnnamedAddr(GlobalValue::UnnamedAddr::None);
  SmallVector<DIGlobalVariableExpression *, 1> Debug;
  GV.getDebugInfo(Debug);
  for (DIGlobalVariableExpression *E : Debug)
    Padded->addDebugInfo(E);
  Padded->setMetadata(MEMSCOPE_REDZONE_MD,
                      MDNode::get(Ctx, ConstantAsMetadata::get(
                                           ConstantInt::get(I64, Size))));

  Described D{Padded, Size, {}, {}, 0,
              GV.hasSanitizerMetadata() &&
                  GV.getSanitizerMetadata().IsDynInit};
  bool Literal = GV.hasPrivateLinkage() && GV.isConstant() &&
                 GV.getName().starts_with(".str");
  D.Name = Literal ? "<string literal>" : demangle(GV.getName().str());
  D.File = M.getSourceFileName();
  if (!Debug.empty()) {
    const DIGlobalVariable *V = Debug.front()->getVariable();
    // A static data member is named where its class declares it, as ASan
    // does.
    const DIDerivedType *Member = V->getStaticDataMemberDeclaration();
    D.Line = Member && Member->getLine() ? Member->getLine() : V->getLine();
    if (!V->getFilename().empty())
      D.File = (V->getDirectory().empty() || V->getFilename().starts_with("/")
                    ? V->getFilename()
                    : V->getDirectory() + "/" + V->getFilename())
                   .str();
  }

  // The padded global starts with the original: its address is the same.
  GV.replaceAllUsesWith(Padded);
  Padded->takeName(&GV);
  GV.eraseFromParent();
  return D;
}

GlobalVariable *Padder::registerGlobals(ArrayRef<Described> Globals) {
  // struct memscope_global in abi.h.
  auto *DescTy =
      StructType::get(PtrTy, I64, I64, PtrTy, PtrTy, I32, I32, PtrTy);
  SmallVector<Constant *, 16> Descs;
  for (const Described &D : Globals) {
    uint64_t Total = DL.getTypeAllocSize(D.GV->getValueType());
    // This module's own copy, through a private alias: the global's name may
    // be bound to another module's definition (the executable's, or the
    // first library's that defines it), whose redzone this one's size
    // would misplace.
    Constant *Self = D.GV;
    Constant *Indicator = ConstantPointerNull::get(PtrTy);
    if (!D.GV->hasLocalLinkage()) {
      Self = GlobalAlias::create(GlobalValue::PrivateLinkage,
                                 D.GV->getName() + ".memscope", D.GV);
      // One byte per name, which every module defining the name binds to
      // (the odr-violation check, runtime/memscope_globals.cpp).
      auto *Odr = new GlobalVariable(
          M, Type::getInt8Ty(Ctx), /*isConstant=*/false, D.GV->getLinkage(),
          ConstantInt::get(Type::getInt8Ty(Ctx), 0),
          "__memscope_odr_" + D.GV->getName());
      Odr->setVisibility(D.GV->getVisibility());
      Indicator = Odr;
    }
    Descs.push_back(ConstantStruct::get(
        DescTy, {Self, ConstantInt::get(I64, D.Size),
                 ConstantInt::get(I64, Total), Strings.string(D.Name), Strings.string(D.File),
                 ConstantInt::get(I32, D.Line),
                 ConstantInt::get(I32, D.DynamicInit
                                           ? MEMSCOPE_GLOBAL_DYNAMIC_INIT
                                           : 0),
                 Indicator}));
  }
  auto *ArrayTy = ArrayType::get(DescTy, Descs.size());
  auto *Array = new GlobalVariable(M, ArrayTy, /*isConstant=*/true,
                                   GlobalValue::PrivateLinkage,
                                   ConstantArray::get(ArrayTy, Descs),
                                   "memscope.globals");

  auto *Ctor = Function::Create(FunctionType::get(Type::getVoidTy(Ctx), false),
                                GlobalValue::InternalLinkage,
                                "memscope.register_globals", M);
  IRBuilder<> IRB(BasicBlock::Create(Ctx, "", Ctor));
  // The runtime may not be up yet: constructors of one priority run in no
  // set order.
  IRB.CreateCall(M.getOrInsertFunction(MEMSCOPE_INIT_NAME, IRB.getVoidTy()));
  IRB.CreateCall(M.getOrInsertFunction(MEMSCOPE_REGISTER_GLOBALS_NAME,
                                       IRB.getVoidTy(), PtrTy, I64),
                 {Array, ConstantInt::get(I64, Descs.size())});
  IRB.CreateRetVoid();
  appendToGlobalCtors(M, Ctor, MEMSCOPE_CTOR_PRIORITY);

  auto *Dtor = Function::Create(FunctionType::get(Type::getVoidTy(Ctx), false),
                                GlobalValue::InternalLinkage,
                                "memscope.unregister_globals", M);
  IRB.SetInsertPoint(BasicBlock::Create(Ctx, "", Dtor));
  IRB.CreateCall(M.getOrInsertFunction(MEMSCOPE_UNREGISTER_GLOBALS_NAME,
                                       IRB.getVoidTy(), PtrTy, I64),
                 {Array, ConstantInt::get(I64, Descs.size())});
  IRB.CreateRetVoid();
  appendToGlobalDtors(M, Dtor, MEMSCOPE_CTOR_PRIORITY);
  return Array;
}

// Brackets each of the module's dynamic initializer functions (clang's
// _GLOBAL__sub_I_*, run from llvm.global_ctors after the runtime's own
// constructors) with the runtime's calls, which poison the other modules'
// dynamically initialized globals while it runs (as ASan's
// -asan-initialization-order).
void Padder::checkInitializationOrder(GlobalVariable *Array) {
  auto *Ctors = M.getGlobalVariable("llvm.global_ctors");
  if (!Ctors || !Ctors->hasInitializer())
    return;
  auto *List = dyn_cast<ConstantArray>(Ctors->getInitializer());
  if (!List)
    return;
  FunctionCallee Before = M.getOrInsertFunction(
      MEMSCOPE_BEFORE_DYNAMIC_INIT_NAME, Type::getVoidTy(Ctx), PtrTy);
  FunctionCallee After = M.getOrInsertFunction(MEMSCOPE_AFTER_DYNAMIC_INIT_NAME,
                                               Type::getVoidTy(Ctx));
  for (Use &Entry : List->operands()) {
    auto *CS = dyn_cast<ConstantStruct>(Entry.get());
    if (!CS || CS->getNumOperands() < 2)
      continue;
    auto *F = dyn_cast<Function>(CS->getOperand(1)->stripPointerCasts());
    auto *Priority = dyn_cast<ConstantInt>(CS->getOperand(0));
    if (!F || F->isDeclaration() || !Priority ||
        Priority->getZExtValue() <= MEMSCOPE_CTOR_PRIORITY ||
        F->getName().starts_with("memscope.") ||
        F->getName().starts_with("asan."))
      continue;
    IRBuilder<> IRB(&*F->getEntryBlock().getFirstInsertionPt());
    IRB.CreateCall(Before, {Array});
    for (BasicBlock &BB : *F)
      if (auto *Ret = dyn_cast<ReturnInst>(BB.getTerminator())) {
        IRB.SetInsertPoint(Ret);
        IRB.CreateCall(After);
      }
  }
}

bool Padder::run() {
  SmallVector<GlobalVariable *, 16> Candidates;
  for (GlobalVariable &GV : M.globals())
    if (shouldPad(GV, DL))
      Candidates.push_back(&GV);
  if (Candidates.empty())
    return false;
  SmallVector<Described, 16> Globals;
  for (GlobalVariable *GV : Candidates)
    Globals.push_back(pad(*GV));
  GlobalVariable *Array = registerGlobals(Globals);
  if (any_of(Globals, [](const Described &D) { return D.DynamicInit; }))
    checkInitializationOrder(Array);
  NumPaddedGlobals += Globals.size();
  return true;
}

} // namespace

namespace memscope {

PreservedAnalyses GlobalsPass::run(Module &M, ModuleAnalysisManager &) {
  if (!ClGlobals || M.getModuleFlag(PaddedFlag))
    return PreservedAnalyses::all();
  bool Changed = Padder(M).run();
  M.addModuleFlag(Module::Max, PaddedFlag, 1);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace memscope
