/*===- include/memscope/abi.h - the pass/runtime contract ------------------===*
 *
 * Everything the instrumentation pass and the runtime must agree on lives in
 * this one header: the shadow mapping constants, the ABI version, and (through
 * interface.inc) the names of the runtime entry points the pass calls. Neither
 * side copies a constant from the other.
 *
 * Plain C, no includes: the pass includes it from C++ with LLVM headers, the
 * runtime from freestanding C++ with sanitizer_common.
 *
 * See also: pass/MemoryAccess.cpp (emits the checks), runtime/memscope_mapping.h
 * (the shadow layout drawn out), include/memscope/interface.inc.
 *===----------------------------------------------------------------------===*/
#ifndef MEMSCOPE_ABI_H
#define MEMSCOPE_ABI_H

/* Bumped whenever the pass and the runtime stop being compatible. The pass
 * calls __memscope_version_mismatch_check_v<N> from every module constructor,
 * so an object built for another ABI fails to link instead of misbehaving. */
#define MEMSCOPE_ABI_VERSION 1
#define MEMSCOPE_VERSION_CHECK_NAME "__memscope_version_mismatch_check_v1"

/* Shadow mapping (x86_64 Linux, the same as ASan's so its layout reasoning
 * carries over): one shadow byte describes an 8-byte granule.
 *     Shadow = (Addr >> MEMSCOPE_SHADOW_SCALE) + MEMSCOPE_SHADOW_OFFSET
 * A shadow byte of 0 means all 8 bytes are addressable; k in 1..7 means the
 * first k bytes are; a negative value (>= 0x80) means none is, and which
 * magic it is tells why (see below). */
#define MEMSCOPE_SHADOW_SCALE 3
#define MEMSCOPE_SHADOW_GRANULE 8
#define MEMSCOPE_SHADOW_OFFSET 0x7fff8000ULL

/* Shadow magic values. Only the runtime writes them; the pass only tests for
 * non-zero, but reports and tests read them, so they are part of the ABI. */
#define MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE 0xfa
#define MEMSCOPE_MAGIC_HEAP_RIGHT_REDZONE 0xfb
#define MEMSCOPE_MAGIC_HEAP_FREED 0xfd
#define MEMSCOPE_MAGIC_USER_POISONED 0xf7 /* __asan_poison_memory_region */
#define MEMSCOPE_MAGIC_CONTAINER_OVERFLOW 0xfc
#define MEMSCOPE_MAGIC_INTERNAL 0xfe

/* Name of the module constructor the pass creates, and its priority in
 * llvm.global_ctors (1, like ASan's: before any user constructor). The
 * constructors of all TUs share one comdat group named after it, of which the
 * linker keeps one copy; the ABI version is part of the name so that objects
 * of different versions keep their own constructors, and with them their own
 * version checks. */
#define MEMSCOPE_MODULE_CTOR_NAME "memscope.module_ctor_v1"
#define MEMSCOPE_CTOR_PRIORITY 1

/* Runtime entry points called by instrumented code; the list with signatures
 * is interface.inc. Access-report slow paths are named
 *     __memscope_report_{load,store}{1,2,4,8,16}(addr)
 *     __memscope_report_{load,store}_n(addr, size)
 * and the pass builds those names from these prefixes. */
#define MEMSCOPE_REPORT_PREFIX "__memscope_report_"

/* The report slow paths use the preserve_all calling convention: a call that
 * clobbers no register lets the code around an inline check keep its values
 * in registers although the call may return (halt_on_error=0). With the C
 * convention the hot loops of instrumented code spilled around every check.
 * The pass sets the same convention (CallingConv::PreserveAll) on its calls. */
#if defined(__clang__) && defined(__x86_64__)
#define MEMSCOPE_SLOW_PATH __attribute__((preserve_all))
#else
#define MEMSCOPE_SLOW_PATH
#endif
#define MEMSCOPE_INIT_NAME "__memscope_init"
#define MEMSCOPE_CHECK_LOADN_NAME "__memscope_loadN"
#define MEMSCOPE_CHECK_STOREN_NAME "__memscope_storeN"
#define MEMSCOPE_MEMCPY_NAME "__memscope_memcpy"
#define MEMSCOPE_MEMMOVE_NAME "__memscope_memmove"
#define MEMSCOPE_MEMSET_NAME "__memscope_memset"

#endif /* MEMSCOPE_ABI_H */
