//===- pass/Sites.cpp - per-call-site descriptors -------------------------===//
//
// See Sites.h.
//===----------------------------------------------------------------------===//
#include "Sites.h"

#include "memscope/abi.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Support/Path.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

using namespace llvm;

namespace memscope {

SiteDescriptors::SiteDescriptors(Module &M)
    : M(M), PtrTy(PointerType::getUnqual(M.getContext())) {
  // struct memscope_site in abi.h.
  LLVMContext &Ctx = M.getContext();
  Type *I8 = Type::getInt8Ty(Ctx), *I16 = Type::getInt16Ty(Ctx),
       *I32 = Type::getInt32Ty(Ctx);
  Type *Fields[] = {I32, I8, I8, I16, I32, I32, PtrTy, PtrTy, PtrTy, PtrTy};
  SiteTy = StructType::getTypeByName(Ctx, "memscope.site");
  if (!SiteTy || SiteTy->elements() != ArrayRef<Type *>(Fields))
    SiteTy = StructType::create(Ctx, Fields, "memscope.site");
}

Constant *SiteDescriptors::string(StringRef S) {
  if (S.empty())
    return ConstantPointerNull::get(PtrTy);
  Constant *&Slot = Strings[S];
  if (!Slot) {
    Constant *Init = ConstantDataArray::getString(M.getContext(), S);
    auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                  GlobalValue::PrivateLinkage, Init,
                                  "memscope.str", FirstSite);
    GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    GV->setAlignment(Align(1));
    Slot = GV;
  }
  return Slot;
}

std::string SiteDescriptors::locationFile(const DILocation *Loc) {
  SmallString<128> Path(Loc->getFilename());
  if (Path.empty())
    return "";
  if (!sys::path::is_absolute(Path) && !Loc->getDirectory().empty()) {
    Path = Loc->getDirectory();
    sys::path::append(Path, Loc->getFilename());
  }
  sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

void SiteDescriptors::setLocation(SiteFields &F, const DILocation *Loc) {
  if (!Loc)
    return;
  F.Line = Loc->getLine();
  F.Column = Loc->getColumn();
  F.File = locationFile(Loc);
}

GlobalVariable *SiteDescriptors::create(const SiteFields &F) {
  auto *GV = new GlobalVariable(M, SiteTy, /*isConstant=*/false,
                                GlobalValue::PrivateLinkage, initializer(F),
                                "memscope.site");
  GV->setAlignment(Align(8));
  // Not in the caller's comdat: once the inliner copies the call into another
  // function, a descriptor discarded with the comdat would leave that
  // function referring to a discarded section.
  if (!FirstSite)
    FirstSite = GV;
  return GV;
}

Constant *SiteDescriptors::initializer(const SiteFields &F) {
  LLVMContext &Ctx = M.getContext();
  Type *I8 = Type::getInt8Ty(Ctx), *I16 = Type::getInt16Ty(Ctx),
       *I32 = Type::getInt32Ty(Ctx);
  Constant *Fields[] = {
      ConstantInt::get(I32, 0), // Id, assigned by the runtime
      ConstantInt::get(I8, F.Op),
      ConstantInt::get(I8, F.Family),
      ConstantInt::get(I16, F.Flags),
      ConstantInt::get(I32, F.Line),
      ConstantInt::get(I32, F.Column),
      string(F.File),
      string(F.Function),
      string(F.Variable),
      string(F.Type),
  };
  return ConstantStruct::get(SiteTy, Fields);
}

BasicBlock::iterator afterCall(CallBase &CB) {
  auto *II = dyn_cast<InvokeInst>(&CB);
  if (!II)
    return std::next(CB.getIterator());
  BasicBlock *BB = II->getNormalDest();
  if (!BB->getSinglePredecessor())
    BB = SplitEdge(II->getParent(), BB);
  return BB->getFirstInsertionPt();
}

FunctionCallee allocTypeFunction(Module &M) {
  Type *PtrTy = PointerType::getUnqual(M.getContext());
  FunctionCallee AllocType = M.getOrInsertFunction(
      MEMSCOPE_ALLOC_TYPE_NAME, FunctionType::get(PtrTy, {PtrTy, PtrTy}, false));
  if (auto *Fn = dyn_cast<Function>(AllocType.getCallee())) {
    Fn->addFnAttr(Attribute::NoUnwind);
    Fn->addParamAttr(1, Attribute::Returned);
  }
  return AllocType;
}

} // namespace memscope
