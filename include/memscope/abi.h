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

/* Shadow magic values. The runtime writes them, and the stack frames the
 * pass lays out (pass/StackRedzones.cpp) write the stack ones; checks only
 * test for non-zero, but reports and tests read them, so they are part of
 * the ABI. The values are ASan's, whose shadow pictures users can read. */
#define MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE 0xfa
#define MEMSCOPE_MAGIC_HEAP_RIGHT_REDZONE 0xfb
#define MEMSCOPE_MAGIC_HEAP_FREED 0xfd
#define MEMSCOPE_MAGIC_GLOBAL_REDZONE 0xf9 /* after a global (pass/Globals) */
#define MEMSCOPE_MAGIC_INIT_ORDER 0xf6 /* a global not yet initialized */
#define MEMSCOPE_MAGIC_USER_POISONED 0xf7 /* __asan_poison_memory_region */
#define MEMSCOPE_MAGIC_CONTAINER_OVERFLOW 0xfc
#define MEMSCOPE_MAGIC_INTERNAL 0xfe
#define MEMSCOPE_MAGIC_ARRAY_COOKIE 0xac /* new[]'s element count */
#define MEMSCOPE_MAGIC_INTRA_OBJECT_REDZONE 0xbb /* padding between fields */
#define MEMSCOPE_MAGIC_STACK_LEFT_REDZONE 0xf1  /* a frame's header */
#define MEMSCOPE_MAGIC_STACK_MID_REDZONE 0xf2   /* between two variables */
#define MEMSCOPE_MAGIC_STACK_RIGHT_REDZONE 0xf3 /* after the last variable */
#define MEMSCOPE_MAGIC_STACK_AFTER_RETURN 0xf5  /* a returned fake frame */
#define MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE 0xf8 /* a variable out of scope */

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
/* Called with main's return value just before it returns (pass/ModuleCtor),
 * so that the trace's End record has the exit status: an atexit handler
 * never learns it. exit() is intercepted for the same reason. */
#define MEMSCOPE_MAIN_RETURN_NAME "__memscope_main_return"
#define MEMSCOPE_CHECK_LOADN_NAME "__memscope_loadN"
#define MEMSCOPE_CHECK_STOREN_NAME "__memscope_storeN"
#define MEMSCOPE_MEMCPY_NAME "__memscope_memcpy"
#define MEMSCOPE_MEMMOVE_NAME "__memscope_memmove"
#define MEMSCOPE_MEMSET_NAME "__memscope_memset"

/* ---- Ownership instrumentation (pass/Ownership.cpp, runtime/memscope_ownership.cpp)
 *
 * At PipelineStart, before inlining hides them, the pass recognises calls to
 * the members of std::shared_ptr, std::weak_ptr and std::unique_ptr (libstdc++
 * and libc++), the make_* functions, and typed allocations, and adds a call to
 * the runtime that passes the owner *slot* (the smart pointer object's
 * address) and a per-call-site descriptor. The runtime re-reads the slot after
 * the operation: every recognised smart pointer keeps its stored pointer in
 * its first word, so a missed or repeated event only costs precision, never
 * correctness.
 *
 * One descriptor per instrumented call: a private, writable global of this
 * layout (the pass builds { i32, i8, i8, i16, i32, i32, ptr, ptr, ptr, ptr }).
 * Strings may be null. */
struct memscope_site {
  unsigned Id;            /* 0; the runtime assigns an id on first use */
  unsigned char Op;       /* MEMSCOPE_OP_* */
  unsigned char Family;   /* MEMSCOPE_FAMILY_*, 0 for allocation types */
  unsigned short Flags;   /* MEMSCOPE_SITE_* */
  unsigned Line, Column;  /* of the call, 0 if no debug info */
  const char *File;       /* of the call */
  const char *Function;   /* the caller, demangled */
  const char *Variable;   /* the owner slot: `x`, `Peer::other`, a global */
  const char *Type;       /* pointee of the smart pointer / allocated type */
};

/* What kind of smart pointer the slot is. */
#define MEMSCOPE_FAMILY_SHARED 1        /* std::shared_ptr (atomic counts) */
#define MEMSCOPE_FAMILY_SHARED_SINGLE 2 /* libstdc++ __shared_ptr<T, _S_single> */
#define MEMSCOPE_FAMILY_WEAK 3          /* std::weak_ptr, __weak_ptr<T, any> */
#define MEMSCOPE_FAMILY_UNIQUE 4        /* std::unique_ptr<T, default_delete> */
/* Rust's owning pointers, in the fields of a memscope_rust_layout: Rc is
 * MEMSCOPE_FAMILY_SHARED_SINGLE, Arc MEMSCOPE_FAMILY_SHARED, rc::Weak and
 * sync::Weak MEMSCOPE_FAMILY_WEAK, Box MEMSCOPE_FAMILY_UNIQUE, and: */
#define MEMSCOPE_FAMILY_VEC 5           /* Vec<T>: a buffer of Len elements */
#define MEMSCOPE_FAMILY_HASH_TABLE 6    /* HashMap/HashSet: hashbrown's table,
                                           element i at ctrl - (i + 1) * size,
                                           full where ctrl[i] < 0x80 */
#define MEMSCOPE_FAMILY_VEC_DEQUE 7     /* VecDeque<T>: Len elements of a ring
                                           buffer, from index Head */
#define MEMSCOPE_FAMILY_BTREE 8         /* BTreeMap: Offset the root node,
                                           LenOffset the height; Target the
                                           node: fields keys and values (VEC:
                                           LenOffset the u16 len, HeadOffset
                                           the capacity), edges (UNIQUE) */
#define MEMSCOPE_FAMILY_WAKER 10        /* core::task::Waker: Offset its
                                           data pointer, which Waker::from
                                           (Arc<W>) points 16 bytes into
                                           the W's ArcInner (an ArcClone
                                           edge, taken only where that block
                                           was typed an Arc) */
#define MEMSCOPE_FAMILY_LINKED_LIST 9   /* LinkedList<T>: Offset the first
                                           node, LenOffset len; each node an
                                           allocation of its own with the
                                           next node's pointer at HeadOffset
                                           and the element (Target) at
                                           Stride */

/* What the call did. The runtime's entry point for each is in brackets. */
#define MEMSCOPE_OP_ADOPT 1    /* ctor/reset from a raw pointer [update] */
#define MEMSCOPE_OP_MAKE 2     /* make_shared/allocate_shared/make_unique
                                  result, slot = the sret [update] */
#define MEMSCOPE_OP_COPY 3     /* copy ctor/assignment, converting and
                                  aliasing copies, pointer casts from const&,
                                  weak_ptr from shared_ptr; other = source
                                  slot [update] */
#define MEMSCOPE_OP_MOVE 4     /* move ctor/assignment (also unique_ptr into
                                  shared_ptr); other = source slot [update] */
#define MEMSCOPE_OP_LOCK 5     /* weak_ptr::lock, shared_ptr(weak_ptr),
                                  shared_from_this; other = the weak slot or
                                  null [update] */
#define MEMSCOPE_OP_RESET 6    /* reset(), = nullptr [update] */
#define MEMSCOPE_OP_SWAP 7     /* swap; other = the other slot [update] */
#define MEMSCOPE_OP_RELEASE 8  /* unique_ptr::release() [update] */
#define MEMSCOPE_OP_DESTROY 9  /* before the destructor [destroy] */
#define MEMSCOPE_OP_PRODUCE 10 /* a call returned a smart pointer into a
                                  named local through sret [update] */
#define MEMSCOPE_OP_GET 11     /* get() [borrow] */
#define MEMSCOPE_OP_ARROW 12   /* operator-> [borrow] */
#define MEMSCOPE_OP_DEREF 13   /* operator* [borrow] */
#define MEMSCOPE_OP_ALLOC_TYPE 14 /* the call allocated a `Type` [type] */
#define MEMSCOPE_OP_CALL 15    /* a call from user code into library code
                                  that makes ownership events (a container's
                                  member): its descriptor is in
                                  __memscope_caller while it runs */
#define MEMSCOPE_OP_FOREIGN_CALL 16 /* a call of a function this module only
                                  declares, with pointer arguments or a
                                  pointer result [foreign]; `Variable` is
                                  the callee's name, `Family` the runtime's
                                  verdict on it (MEMSCOPE_CALLEE_*) */
#define MEMSCOPE_OP_FIELD 17   /* a field of a Rust layout (no call): names
                                  the edges the cycle search finds in it */

/* What the runtime found the callee of a MEMSCOPE_OP_FOREIGN_CALL site to
 * be, cached in the site's Family byte: the pass tests it inline and calls
 * the runtime only while it is not MEMSCOPE_CALLEE_KNOWN_HERE. */
#define MEMSCOPE_CALLEE_UNKNOWN 0    /* not looked at yet */
#define MEMSCOPE_CALLEE_KNOWN_HERE 1 /* built with memscope, or the system's
                                        libraries (libc, libstdc++, ...) */
#define MEMSCOPE_CALLEE_FOREIGN 2    /* a library built without memscope */

#define MEMSCOPE_SITE_SYSTEM_HEADER 1 /* the call is in a system header */
#define MEMSCOPE_SITE_CONST_POINTEE 2 /* the pointee type is const */
#define MEMSCOPE_SITE_ARRAY 4         /* an array of `Type` (allocator) */
#define MEMSCOPE_SITE_LIBCXX 8        /* the callee is libc++'s (std::__1): its
                                         control block counts owners - 1 in a
                                         long, libstdc++'s in an int */
#define MEMSCOPE_SITE_LAYOUT 16       /* `Type` is followed, after its NUL,
                                         by its pointer layout: one character
                                         per 8-byte word, 'p' a pointer, 'w'
                                         no pointer, '?' unknown (unions, raw
                                         storage, padding), then a NUL */
#define MEMSCOPE_SITE_ANNOTATION 32   /* made by the runtime for an
                                         annotation (memscope.h): no
                                         location; the event's pc is the
                                         annotation's caller */
#define MEMSCOPE_SITE_RUST 64         /* a Rust type or field, named from
                                         the debug info */
#define MEMSCOPE_SITE_RUST_LAYOUT 128 /* the site heads a memscope_rust_layout
                                         (an allocation type site) */
#define MEMSCOPE_SITE_TRACE_ONLY 256  /* the event matters to a recorded
                                         trace only: a weak_ptr's (it
                                         neither owns nor keeps alive), a
                                         borrow whose raw pointer is only
                                         used at once to reach the pointee
                                         (no report can quote it). Outside
                                         optnone functions the pass calls
                                         the runtime for it only while
                                         __memscope_trace_on is set */

/* Entry points (signatures in interface.inc):
 *   __memscope_own_update(site, slot, other)  after the call
 *   __memscope_own_destroy(site, slot)        before the destructor call
 *   __memscope_borrow(site, slot)             after the call
 *   p = __memscope_alloc_type(site, p)        after the allocation returned;
 *                                             the code after it uses its p */
/* The user's call that library code making an ownership event was reached
 * through: around each call from a function outside the system headers into
 * one inside them that makes ownership events (directly or through other
 * library functions of the module), the pass saves this thread-local,
 * stores the call's descriptor (Op MEMSCOPE_OP_CALL) and restores it after
 * the call. An event at a system-header site names the user's line from it,
 * without unwinding the stack. Initial-exec TLS of the executable. */
#define MEMSCOPE_CALLER_NAME "__memscope_caller"

/* A byte the runtime sets once, at start, when it records a trace (read by
 * the code the pass puts around MEMSCOPE_SITE_TRACE_ONLY events). */
#define MEMSCOPE_TRACE_ON_NAME "__memscope_trace_on"

/* Rust (pass/RustTypes.cpp): an allocation made inside Box<T>::new (so
 * also Rc::new, Arc::new and their kin, which box their RcInner<T> or
 * ArcInner<T>) is typed with __memscope_alloc_type by a site that heads
 * the layout of T: where T and what it contains hold Rc, Arc, Weak, Box and
 * Vec, flattened to offsets from the start of the block. At exit the cycle
 * search reads these fields in live blocks (their strong counts at offset 0
 * of RcInner and ArcInner) instead of owner slots. */
struct memscope_rust_layout;
struct memscope_rust_field {
  unsigned Offset;        /* of the pointer, from the layout's start */
  unsigned LenOffset;     /* Vec: of its length; hash table: of its
                             bucket mask (buckets - 1) */
  unsigned Stride;        /* Vec, hash table: the element size */
  unsigned HeadOffset;    /* VecDeque: of its head index */
  struct memscope_site *Site;                /* names it: Op FIELD, Family,
                                                Variable "Node::next",
                                                Type "Rc<Node>" */
  const struct memscope_rust_layout *Target; /* the pointee's (RcInner<T>,
                                                ArcInner<T>, T, the element)
                                                or null: nothing to follow */
  /* A field of one variant of an enum: read only while the discriminant
   * (DiscInfo & 0xff bytes at DiscOffset from the layout's start) is in
   * [DiscLo, DiscHi], or outside it with MEMSCOPE_DISC_OUTSIDE (the
   * variant a niche encodes as every other value). DiscInfo 0: always. */
  unsigned DiscOffset;
  unsigned DiscInfo;
  unsigned long long DiscLo, DiscHi;
};
#define MEMSCOPE_DISC_PRESENT 0x100
#define MEMSCOPE_DISC_OUTSIDE 0x200
struct memscope_rust_layout {
  struct memscope_site Site; /* Op ALLOC_TYPE, Flags RUST | RUST_LAYOUT */
  unsigned Size;             /* bytes */
  unsigned NumFields;
  const struct memscope_rust_field *Fields;
};

#define MEMSCOPE_OWN_UPDATE_NAME "__memscope_own_update"
#define MEMSCOPE_OWN_DESTROY_NAME "__memscope_own_destroy"
#define MEMSCOPE_BORROW_NAME "__memscope_borrow"
#define MEMSCOPE_ALLOC_TYPE_NAME "__memscope_alloc_type"

/* Calls of functions the module only declares, other than the C and C++
 * standard libraries' (pass/ForeignCalls.cpp, runtime/memscope_foreign.cpp):
 * before the call, for each pointer argument, and after it, for a pointer
 * result, while the site's Family is not MEMSCOPE_CALLEE_KNOWN_HERE (in
 * optnone functions, always: a branch there would spill the pointers to
 * the frame, where a leak check would take them for live references):
 *   __memscope_foreign_arg(site, callee, p)     p was handed to the callee
 *   __memscope_foreign_result(site, callee, p)  the callee returned p
 * Both use the preserve_all convention (MEMSCOPE_SLOW_PATH) for the same
 * reason. The runtime decides on the first call whether the callee is
 * foreign and records a passport event for p when it is a heap block. */
/* Globals (pass/Globals.cpp, runtime/memscope_globals.cpp): each global
 * the pass can pad gets a right redzone, to a size_with_redzone that is a
 * multiple of 32 (and at least 32 bytes more), and is described once per
 * module by one of these, in an array a constructor registers with
 *   __memscope_register_globals(globals, count)
 * (the pass builds { ptr, i64, i64, ptr, ptr, i32, i32 }). The runtime
 * poisons [beg + size, beg + size_with_redzone) with
 * MEMSCOPE_MAGIC_GLOBAL_REDZONE and names the global in reports. The
 * padded global carries !memscope.redzone (its size before padding), which
 * tells the access checks an access at a constant offset inside it needs
 * no check. */
struct memscope_global {
  const void *Beg;
  unsigned long long Size;
  unsigned long long SizeWithRedzone;
  const char *Name;   /* demangled; "<string literal>" for one */
  const char *File;   /* of its definition, or the module's */
  unsigned Line;      /* 0 if unknown */
  unsigned Flags;     /* MEMSCOPE_GLOBAL_* */
  /* A byte named after the global (__memscope_odr_<name>), defined with the
   * global's linkage and visibility: every module defining the name binds
   * to one such byte, which the runtime sets once it has registered one of
   * them (odr-violation). Null for a global of one module alone. */
  unsigned char *OdrIndicator;
};
#define MEMSCOPE_REGISTER_GLOBALS_NAME "__memscope_register_globals"
/* The global has a dynamic initializer (clang's sanitize_address_dyninit):
 * the initialization-order check poisons it while other modules' dynamic
 * initializers run. */
#define MEMSCOPE_GLOBAL_DYNAMIC_INIT 1u
/* Called by the pass at the start of each dynamic initializer function of a
 * module that registered a MEMSCOPE_GLOBAL_DYNAMIC_INIT global (its array),
 * and before each of the function's returns:
 *   __memscope_before_dynamic_init(globals)
 *   __memscope_after_dynamic_init()
 * With check_initialization_order=1 the runtime poisons the dynamically
 * initialized globals of the other modules (not yet initialized ones, or all
 * of them with strict_init_order=1) with MEMSCOPE_MAGIC_INIT_ORDER in
 * between: reading one is an initialization-order-fiasco. */
#define MEMSCOPE_BEFORE_DYNAMIC_INIT_NAME "__memscope_before_dynamic_init"
#define MEMSCOPE_AFTER_DYNAMIC_INIT_NAME "__memscope_after_dynamic_init"
/* From the module's destructor (a library unloaded by dlclose): the
 * redzones are unpoisoned and the globals forgotten, so that what is mapped
 * there next is not taken for them. */
#define MEMSCOPE_UNREGISTER_GLOBALS_NAME "__memscope_unregister_globals"
#define MEMSCOPE_REDZONE_MD "memscope.redzone"

/* Stack frames (pass/StackRedzones.cpp, runtime/memscope_stack_frames.cpp):
 * a function's address-taken locals move into one frame alloca, 32-byte
 * aligned, laid out as
 *     [0, 32)  header, poisoned MEMSCOPE_MAGIC_STACK_LEFT_REDZONE:
 *              MEMSCOPE_FRAME_MAGIC, the frame's description, the function
 *     [32, ..) each variable, then a redzone up to a multiple of 32
 * The description is "K off size len name[:line] ..." (K variables, each
 * with its offset and size in the frame, and its name's length). The pass
 * writes the shadow of the redzones when the function is entered and
 * clears it before every return; a variable with lifetime markers is
 * poisoned MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE outside them. The frame
 * alloca carries !memscope.frame !{i64 off, i64 size, ...}: an access at
 * a constant offset inside one variable needs no check. Before a call
 * that does not return (exit, longjmp, a throw), instrumented code calls
 *   __memscope_handle_no_return()
 * which clears the shadow of the frames the call abandons, and frames too
 * large for a few stores set their shadow with
 *   __memscope_set_shadow(shadow_addr, value, count). */
#define MEMSCOPE_FRAME_MAGIC 0x6d736672ULL /* "rfsm" */
#define MEMSCOPE_FRAME_MD "memscope.frame"
#define MEMSCOPE_HANDLE_NO_RETURN_NAME "__memscope_handle_no_return"
#define MEMSCOPE_SET_SHADOW_NAME "__memscope_set_shadow"
/* After a call of vfork (the child's frames stay in the shared shadow):
 *   __memscope_handle_vfork() */
#define MEMSCOPE_HANDLE_VFORK_NAME "__memscope_handle_vfork"
/* A dynamic alloca of the program gets redzones of 32 bytes before and,
 * after its end rounded up to 32, 32 more:
 *   __memscope_alloca_poison(beg, size)       when it is made
 *   __memscope_allocas_unpoison(top, bottom)  at llvm.stackrestore and
 *                                             before a return: [top, bottom)
 *                                             goes back to the stack */
#define MEMSCOPE_ALLOCA_POISON_NAME "__memscope_alloca_poison"
#define MEMSCOPE_ALLOCAS_UNPOISON_NAME "__memscope_allocas_unpoison"
#define MEMSCOPE_MAGIC_ALLOCA_LEFT_REDZONE 0xca
#define MEMSCOPE_MAGIC_ALLOCA_RIGHT_REDZONE 0xcb
/* The frame on the thread's fake stack (detect_stack_use_after_return):
 *   uptr __memscope_stack_malloc(frame_size)   0: use the alloca
 *   void __memscope_stack_free(frame, frame_size)
 * Fake frames come in classes of 2^(MEMSCOPE_FAKE_FRAME_MIN_LOG + c)
 * bytes, c = 0..10; a frame takes the smallest class that holds it. The
 * runtime writes word 3 of the frame's header (where on the real stack it
 * was taken) and, in the last word of its class's frame, the address of
 * the byte that marks the frame in use. The caller writes the frame's
 * whole shadow (the runtime leaves it as it was). On the way out, the
 * caller either calls __memscope_stack_free, or (frames of classes up to
 * MEMSCOPE_FAKE_FRAME_INLINE_MAX_LOG) poisons the frame
 * MEMSCOPE_MAGIC_STACK_AFTER_RETURN and clears the byte itself. */
#define MEMSCOPE_STACK_MALLOC_NAME "__memscope_stack_malloc"
#define MEMSCOPE_STACK_FREE_NAME "__memscope_stack_free"
#define MEMSCOPE_FAKE_FRAME_MIN_LOG 6
#define MEMSCOPE_FAKE_FRAME_INLINE_MAX_LOG 10

/* Rust: where a thread's stacks end. On entry to std's
 * __rust_begin_short_backtrace (which calls the program's main, and each
 * spawned thread's closure) the pass calls
 *   void __memscope_outermost_frame(frame_address, return_address)
 * with that function's own; stacks taken in the thread stop at that frame,
 * as Rust's own backtraces do (what lies beyond is std's start-up code). */
#define MEMSCOPE_OUTERMOST_FRAME_NAME "__memscope_outermost_frame"

#define MEMSCOPE_FOREIGN_ARG_NAME "__memscope_foreign_arg"
#define MEMSCOPE_FOREIGN_RESULT_NAME "__memscope_foreign_result"

#endif /* MEMSCOPE_ABI_H */
