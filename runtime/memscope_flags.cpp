//===- memscope_flags.cpp - parsing MEMSCOPE_OPTIONS ----------------------===//
//
// Parses `key=value` entries separated by ':', ',' or white space. A value may
// be quoted with ' or " to contain separators. An unknown key, an entry
// without '=', or a value of the wrong type is reported on one line and
// skipped; the rest of the options still apply.
//
// See also: memscope_flags.inc (the list), test/Runtime/flags/.
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"

#include "sanitizer_common/sanitizer_file.h"
#include "sanitizer_common/sanitizer_flags.h"
#include "sanitizer_common/sanitizer_interface_internal.h"
#include "sanitizer_common/sanitizer_stacktrace.h"

extern "C" SANITIZER_WEAK_ATTRIBUTE SANITIZER_INTERFACE_ATTRIBUTE const char *
__memscope_default_options();
// A program written for ASan or LSan may define theirs.
extern "C" SANITIZER_WEAK_ATTRIBUTE SANITIZER_INTERFACE_ATTRIBUTE const char *
__asan_default_options();
extern "C" SANITIZER_WEAK_ATTRIBUTE SANITIZER_INTERFACE_ATTRIBUTE const char *
__lsan_default_options();

namespace memscope {

Flags MemscopeFlagsDontUse;

void Flags::SetDefaults() {
#define MEMSCOPE_FLAG(Type, Name, Default, Description) Name = Default;
#include "memscope_flags.inc"
#undef MEMSCOPE_FLAG
}

namespace {

// Storage for the text of string values: they must outlive parsing, and the
// runtime cannot malloc. Options strings are short; overflow is reported.
char ValueStorage[8192];
uptr ValueStorageUsed;

bool WasSet[static_cast<int>(FlagId::Count)];

// Where an options string comes from: memscope's own (every problem is
// reported), another tool's (keys memscope does not know are skipped), or
// an activation string (start_deactivated): keys that cannot change at
// activation are collected and listed at verbosity 1, as ASan does.
enum class Source { Own, Foreign, Activation };

// The options given at start, kept for activation (start_deactivated).
Flags ActivationBase;
const char *Unrecognized[16];
int UnrecognizedCount;

// The options activation may change: ASan's activation flags, but coverage.
bool ChangesAtActivation(FlagId Id) {
  switch (Id) {
  case FlagId::redzone:
  case FlagId::max_redzone:
  case FlagId::quarantine_size_mb:
  case FlagId::thread_local_quarantine_size_kb:
  case FlagId::alloc_dealloc_mismatch:
  case FlagId::poison_heap:
  case FlagId::allocator_may_return_null:
  case FlagId::malloc_context_size:
  case FlagId::allocator_release_to_os_interval_ms:
  case FlagId::verbosity:
  case FlagId::help:
    return true;
  default:
    return false;
  }
}

const char *SaveString(const char *S, uptr Len) {
  if (ValueStorageUsed + Len + 1 > sizeof(ValueStorage))
    return nullptr;
  char *Dst = ValueStorage + ValueStorageUsed;
  internal_memcpy(Dst, S, Len);
  Dst[Len] = '\0';
  ValueStorageUsed += Len + 1;
  return Dst;
}

bool ParseValue(bool *Out, const char *V) {
  if (!internal_strcmp(V, "1") || !internal_strcmp(V, "true") ||
      !internal_strcmp(V, "yes")) {
    *Out = true;
    return true;
  }
  if (!internal_strcmp(V, "0") || !internal_strcmp(V, "false") ||
      !internal_strcmp(V, "no")) {
    *Out = false;
    return true;
  }
  return false;
}

// sanitizer_common's: 0, 1 (or false, true) and 2, exclusive.
bool ParseValue(HandleSignalMode *Out, const char *V) {
  bool On;
  if (ParseValue(&On, V)) {
    *Out = On ? kHandleSignalYes : kHandleSignalNo;
    return true;
  }
  if (internal_strcmp(V, "2"))
    return false;
  *Out = kHandleSignalExclusive;
  return true;
}

bool ParseValue(int *Out, const char *V) {
  const char *P = V;
  bool Negative = *P == '-';
  if (*P == '-' || *P == '+')
    ++P;
  // Decimal, or hexadecimal after 0x (malloc_fill_byte=0xbe).
  int Base = 10;
  if (P[0] == '0' && (P[1] == 'x' || P[1] == 'X')) {
    Base = 16;
    P += 2;
  }
  if (!*P)
    return false;
  s64 Value = 0;
  for (; *P; ++P) {
    int Digit = *P >= '0' && *P <= '9'                ? *P - '0'
                : Base == 16 && *P >= 'a' && *P <= 'f' ? *P - 'a' + 10
                : Base == 16 && *P >= 'A' && *P <= 'F' ? *P - 'A' + 10
                                                       : -1;
    if (Digit < 0)
      return false;
    Value = Value * Base + Digit;
    if (Value > 0x7fffffff)
      return false;
  }
  *Out = static_cast<int>(Negative ? -Value : Value);
  return true;
}

// A decimal number: digits, an optional fraction, an optional exponent.
bool ParseValue(double *Out, const char *V) {
  const char *P = V;
  bool Negative = *P == '-';
  if (*P == '-' || *P == '+')
    ++P;
  double Value = 0;
  bool Digits = false;
  for (; *P >= '0' && *P <= '9'; ++P, Digits = true)
    Value = Value * 10 + (*P - '0');
  if (*P == '.')
    for (double Scale = 0.1; *++P >= '0' && *P <= '9'; Scale /= 10)
      Value += (*P - '0') * Scale, Digits = true;
  if (!Digits)
    return false;
  if (*P == 'e' || *P == 'E') {
    int Exponent;
    if (!ParseValue(&Exponent, P + 1) || Exponent > 300 || Exponent < -300)
      return false;
    for (; Exponent > 0; --Exponent)
      Value *= 10;
    for (; Exponent < 0; ++Exponent)
      Value /= 10;
    P += internal_strlen(P);
  }
  if (*P)
    return false;
  *Out = Negative ? -Value : Value;
  return true;
}

bool ParseValue(const char **Out, const char *V) {
  *Out = V;
  return true;
}

const char *TypeDescription(bool *) { return "a boolean (0, 1, true, false)"; }
const char *TypeDescription(int *) { return "an integer"; }
const char *TypeDescription(HandleSignalMode *) {
  return "0, 1 or 2 (or false, true)";
}
const char *TypeDescription(double *) { return "a number"; }
const char *TypeDescription(const char **) { return "a string"; }

bool IsSeparator(char C) {
  return C == ':' || C == ',' || C == ' ' || C == '\t' || C == '\n' ||
         C == '\r';
}

// Applies one key=value pair; false (with a message printed) if rejected.
// Unknown keys of another tool's options are skipped without a word, and
// those activation cannot change noted for later.
bool SetFlag(Flags *F, const char *Key, uptr KeyLen, const char *Value,
             const char *Origin, Source From) {
#define MEMSCOPE_FLAG(Type, Name, Default, Description)                        \
  if (KeyLen == sizeof(#Name) - 1 && !internal_strncmp(Key, #Name, KeyLen) &&  \
      (From != Source::Activation || ChangesAtActivation(FlagId::Name))) {     \
    Type Parsed;                                                               \
    if (!ParseValue(&Parsed, Value)) {                                         \
      Printf("memscope: %s: option '%s' has the value '%s', which is not %s; " \
             "ignored\n",                                                      \
             Origin, #Name, Value, TypeDescription(&Parsed));                  \
      return false;                                                            \
    }                                                                          \
    F->Name = Parsed;                                                          \
    WasSet[static_cast<int>(FlagId::Name)] = true;                             \
    return true;                                                               \
  }
#include "memscope_flags.inc"
#undef MEMSCOPE_FLAG
  // ASan's and LSan's variables may hold their own options: kept, and
  // listed at verbosity 1 (PrintUnrecognized), as sanitizer_common does.
  if (From == Source::Activation || From == Source::Foreign) {
    if (UnrecognizedCount < static_cast<int>(ARRAY_SIZE(Unrecognized)))
      Unrecognized[UnrecognizedCount++] = SaveString(Key, KeyLen);
    return true;
  }
  Printf("memscope: %s: unknown option '%.*s'; ignored (help=1 lists the "
         "options)\n",
         Origin, static_cast<int>(KeyLen), Key);
  return false;
}

// Checks that cannot be expressed by type alone.
int ValidateFlags(Flags *F, const char *Origin) {
  int Problems = 0;
  auto CheckRedzone = [&](int *Value, const char *Name, int Default) {
    if (*Value < 16 || *Value > 2048 || !IsPowerOfTwo(*Value)) {
      Printf("memscope: %s: option '%s' is %d; it must be a power of two "
             "between 16 and 2048; using %d\n",
             Origin, Name, *Value, Default);
      *Value = Default;
      ++Problems;
    }
  };
  CheckRedzone(&F->redzone, "redzone", 16);
  CheckRedzone(&F->max_redzone, "max_redzone", 2048);
  if (F->redzone > F->max_redzone)
    F->max_redzone = F->redzone;
  // ASan reads a negative size as "the default".
  if (F->quarantine_size_mb < 0)
    F->quarantine_size_mb = LeakOnlyBuild ? 0 : 256;
  if (F->malloc_fill_byte < 0 || F->malloc_fill_byte > 255) {
    Printf("memscope: %s: option 'malloc_fill_byte' must be between 0 and "
           "255; using 0xbe\n",
           Origin);
    F->malloc_fill_byte = 0xbe;
    ++Problems;
  }
  if (F->max_malloc_fill_size < 0) {
    Printf("memscope: %s: option 'max_malloc_fill_size' is negative; using "
           "0x1000\n",
           Origin);
    F->max_malloc_fill_size = 0x1000;
    ++Problems;
  }
  if (internal_strcmp(F->color, "auto") && internal_strcmp(F->color, "always") &&
      internal_strcmp(F->color, "never")) {
    Printf("memscope: %s: option 'color' is '%s'; it must be 'auto', "
           "'always' or 'never'; using 'auto'\n",
           Origin, F->color);
    F->color = "auto";
    ++Problems;
  }
  if (F->malloc_context_size < 0 ||
      F->malloc_context_size > static_cast<int>(kStackTraceMax)) {
    Printf("memscope: %s: option 'malloc_context_size' must be between 0 "
           "and %d; using 30\n",
           Origin, static_cast<int>(kStackTraceMax));
    F->malloc_context_size = 30;
    ++Problems;
  }
  if (!(F->leak_monitor_alpha > 0 && F->leak_monitor_alpha < 1)) {
    Printf("memscope: %s: option 'leak_monitor_alpha' must be between 0 and "
           "1 (exclusive); using 0.01\n",
           Origin);
    F->leak_monitor_alpha = 0.01;
    ++Problems;
  }
  if (F->leak_monitor_interval_ms < 0) {
    Printf("memscope: %s: option 'leak_monitor_interval_ms' is negative; "
           "using 100\n",
           Origin);
    F->leak_monitor_interval_ms = 100;
    ++Problems;
  }
  if (F->leak_monitor_max_sites < 1 || F->leak_monitor_max_sites > 1 << 20) {
    Printf("memscope: %s: option 'leak_monitor_max_sites' must be between 1 "
           "and 1048576; using 4096\n",
           Origin);
    F->leak_monitor_max_sites = 4096;
    ++Problems;
  }
  if (internal_strcmp(F->ownership_history, "edges") &&
      internal_strcmp(F->ownership_history, "full")) {
    Printf("memscope: %s: option 'ownership_history' is '%s'; it must be "
           "'edges' or 'full'; using 'edges'\n",
           Origin, F->ownership_history);
    F->ownership_history = "edges";
    ++Problems;
  }
  return Problems;
}

// The quarantine's two sizes, once every source of options is read. As
// ASan: the deprecated byte count and the MiB one together, or a
// per-thread cache of 0 with a quarantine, stop the program.
void ResolveQuarantine(Flags *F) {
  if (F->quarantine_size >= 0 && FlagWasSet(FlagId::quarantine_size_mb) &&
      F->quarantine_size_mb >= 0) {
    Report("memscope: please use either 'quarantine_size' (deprecated) or "
           "quarantine_size_mb, but not both\n");
    Die();
  }
  if (F->quarantine_size >= 0)
    F->quarantine_size_mb = F->quarantine_size >> 20;
  if (F->thread_local_quarantine_size_kb < 0)
    F->thread_local_quarantine_size_kb = 1024;
  if (F->thread_local_quarantine_size_kb == 0 && F->quarantine_size_mb > 0) {
    Report("memscope: thread_local_quarantine_size_kb can be set to 0 only "
           "when quarantine_size_mb is set to 0\n");
    Die();
  }
}

// help=1 at activation lists only what activation may change.
void PrintHelp(const Flags *F, bool ActivationOnly = false) {
  // The first line as ASan and LSan word theirs.
  Printf("Available flags for memscope:\n");
  Printf("  (MEMSCOPE_OPTIONS=key=value:...; known keys are also read from "
         "ASAN_OPTIONS and LSAN_OPTIONS)\n");
  auto Show = [](const char *Name, const char *Description, auto Value) {
    Printf("  %-32s %s\n", Name, Description);
    Printf("  %-32s (current value: ", "");
    if constexpr (__is_same(decltype(Value), bool))
      Printf("%d)\n", Value ? 1 : 0);
    else if constexpr (__is_same(decltype(Value), int) ||
                       __is_same(decltype(Value), HandleSignalMode))
      Printf("%d)\n", static_cast<int>(Value));
    else if constexpr (__is_same(decltype(Value), double))
      Printf("%d.%06d)\n", static_cast<int>(Value),
             static_cast<int>((Value - static_cast<int>(Value)) * 1e6 + 0.5));
    else
      Printf("'%s')\n", Value ? Value : "");
  };
#define MEMSCOPE_FLAG(Type, Name, Default, Description)                        \
  if (!ActivationOnly || ChangesAtActivation(FlagId::Name))                    \
    Show(#Name, Description, F->Name);
#include "memscope_flags.inc"
#undef MEMSCOPE_FLAG
}

int ParseOptions(Flags *F, const char *Options, const char *Origin,
                 Source From);

// include=FILE and include_if_exists=FILE, as sanitizer_common's: the
// file's options apply where the key stands (%b: the program's name, %p:
// its pid, %d: its folder). A file that cannot be read is one line, and
// skipped; include_if_exists skips it without a word.
int IncludeOptions(Flags *F, const char *Value, bool MustExist,
                   const char *Origin, Source From) {
  static int Depth;
  if (Depth >= 8) {
    Printf("memscope: %s: options included too deep at '%s'; ignored\n",
           Origin, Value);
    return 1;
  }
  InternalMmapVector<char> Path(kMaxPathLength);
  SubstituteForFlagValue(Value, Path.data(), Path.size());
  char *Text = nullptr;
  uptr Size = 0, Read = 0;
  error_t Error = 0;
  if (!ReadFileToBuffer(Path.data(), &Text, &Size, &Read,
                        /*max_len=*/1 << 16, &Error)) {
    if (!MustExist)
      return 0;
    Printf("memscope: %s: cannot read options from '%s' (error %d); "
           "ignored\n",
           Origin, Path.data(), Error);
    return 1;
  }
  ++Depth;
  int Problems = ParseOptions(F, Text, Path.data(), From);
  --Depth;
  UnmapOrDie(Text, Size);
  return Problems;
}

int ParseOptions(Flags *F, const char *Options, const char *Origin,
                 Source From) {
  int Problems = 0;
  const char *P = Options;
  while (*P) {
    while (*P && IsSeparator(*P))
      ++P;
    if (!*P)
      break;
    const char *Key = P;
    while (*P && *P != '=' && !IsSeparator(*P))
      ++P;
    uptr KeyLen = P - Key;
    if (*P != '=') {
      if (From != Source::Own)
        continue;
      Printf("memscope: %s: '%.*s' is not of the form key=value; ignored\n",
             Origin, static_cast<int>(KeyLen), Key);
      ++Problems;
      continue;
    }
    ++P; // '='
    const char *ValueBeg = P;
    uptr ValueLen;
    if (*P == '\'' || *P == '"') {
      char Quote = *P++;
      ValueBeg = P;
      while (*P && *P != Quote)
        ++P;
      ValueLen = P - ValueBeg;
      if (*P == Quote)
        ++P;
    } else {
      while (*P && !IsSeparator(*P))
        ++P;
      ValueLen = P - ValueBeg;
    }
    const char *Value = SaveString(ValueBeg, ValueLen);
    if (!Value) {
      Printf("memscope: %s: options too long; '%.*s' and the rest ignored\n",
             Origin, static_cast<int>(KeyLen), Key);
      return Problems + 1;
    }
    bool Include = KeyLen == 7 && !internal_strncmp(Key, "include", 7);
    if (Include || (KeyLen == 17 &&
                    !internal_strncmp(Key, "include_if_exists", 17))) {
      Problems += IncludeOptions(F, Value, Include, Origin, From);
      continue;
    }
    if (!SetFlag(F, Key, KeyLen, Value, Origin, From))
      ++Problems;
  }
  return Problems + ValidateFlags(F, Origin);
}

// The common flags activation changes (sanitizer_common reads its copy).
void ApplyAllocatorCommonFlags(const Flags *F) {
  CommonFlags CF;
  CF.CopyFrom(*common_flags());
  CF.verbosity = F->verbosity;
  CF.malloc_context_size = F->malloc_context_size;
  CF.allocator_may_return_null = F->allocator_may_return_null;
  CF.allocator_release_to_os_interval_ms =
      F->allocator_release_to_os_interval_ms;
  OverrideCommonFlags(CF);
  SetVerbosity(F->verbosity);
}

// start_deactivated: the options given are kept for activation, and the
// heap runs unchecked and cheap until then, as ASan's does.
void Deactivate(Flags *F) {
  ActivationBase = *F;
  ActivationBase.help = false;
  ActivationBase.quarantine_size = -1; // resolved into quarantine_size_mb
  F->poison_heap = false;
  F->quarantine_size_mb = 0;
  F->thread_local_quarantine_size_kb = 0;
  F->redzone = F->max_redzone = 16;
  F->alloc_dealloc_mismatch = false;
  F->allocator_may_return_null = true;
  F->malloc_context_size = 1;
  ApplyAllocatorCommonFlags(F);
}

// sanitizer_common's wording, which ASan's tests match.
void PrintUnrecognized() {
  Printf("WARNING: found %d unrecognized flag(s):\n", UnrecognizedCount);
  for (int I = 0; I < UnrecognizedCount; ++I)
    Printf("    %s\n", Unrecognized[I] ? Unrecognized[I] : "...");
}

} // namespace

int ParseFlagsString(Flags *F, const char *Options, const char *Origin,
                     bool Foreign) {
  return ParseOptions(F, Options, Origin,
                      Foreign ? Source::Foreign : Source::Own);
}

void ActivateFlags() {
  Flags A = ActivationBase;
  UnrecognizedCount = 0;
  if (const char *Env = GetEnv("ASAN_ACTIVATION_OPTIONS"))
    ParseOptions(&A, Env, "ASAN_ACTIVATION_OPTIONS", Source::Activation);
  if (const char *Env = GetEnv("MEMSCOPE_ACTIVATION_OPTIONS"))
    ParseOptions(&A, Env, "MEMSCOPE_ACTIVATION_OPTIONS", Source::Activation);
  ResolveQuarantine(&A);
  if (A.verbosity && UnrecognizedCount)
    PrintUnrecognized();
  Flags *F = &MemscopeFlagsDontUse;
#define MEMSCOPE_FLAG(Type, Name, Default, Description)                        \
  if (ChangesAtActivation(FlagId::Name))                                       \
    F->Name = A.Name;
#include "memscope_flags.inc"
#undef MEMSCOPE_FLAG
  ApplyAllocatorCommonFlags(F);
  if (A.help)
    PrintHelp(&A, /*ActivationOnly=*/true);
}

bool FlagWasSet(FlagId Id) { return WasSet[static_cast<int>(Id)]; }

void InitializeFlags() {
  Flags *F = &MemscopeFlagsDontUse;
  F->SetDefaults();
  // Leak-only builds: no quarantine, the smallest redzone (the chunk
  // header), and the leak monitor on.
  if (LeakOnlyBuild) {
    F->quarantine_size_mb = 0;
    F->redzone = F->max_redzone = 16;
    F->leak_monitor = true;
  }
  if (&__asan_default_options)
    if (const char *Defaults = __asan_default_options())
      ParseFlagsString(F, Defaults, "__asan_default_options()",
                       /*Foreign=*/true);
  if (&__lsan_default_options)
    if (const char *Defaults = __lsan_default_options())
      ParseFlagsString(F, Defaults, "__lsan_default_options()",
                       /*Foreign=*/true);
  if (&__memscope_default_options)
    if (const char *Defaults = __memscope_default_options())
      ParseFlagsString(F, Defaults, "__memscope_default_options()");
  // Scripts written for ASan and LSan keep working: the keys memscope
  // knows in their variables apply (others belong to those tools, and are
  // skipped quietly); MEMSCOPE_OPTIONS, read last, wins.
  if (const char *Env = GetEnv("ASAN_OPTIONS"))
    ParseFlagsString(F, Env, "ASAN_OPTIONS", /*Foreign=*/true);
  if (const char *Env = GetEnv("LSAN_OPTIONS"))
    ParseFlagsString(F, Env, "LSAN_OPTIONS", /*Foreign=*/true);
  if (const char *Env = GetEnv("MEMSCOPE_OPTIONS"))
    ParseFlagsString(F, Env, "MEMSCOPE_OPTIONS");
  if (F->verbosity && UnrecognizedCount)
    PrintUnrecognized();
  if (F->strict_init_order)
    F->check_initialization_order = true;
  // Naming where the trace goes asks for one, unless trace=0 says otherwise.
  if (!FlagWasSet(FlagId::trace) && (F->trace_path[0] || F->trace_dir[0]))
    F->trace = true;

  // sanitizer_common acts on some of these itself (symbolizer, report file,
  // unwinder, exit code); it reads them from its CommonFlags.
  SetCommonFlagsDefaults();
  CommonFlags CF;
  CF.CopyFrom(*common_flags());
  CF.verbosity = F->verbosity;
  CF.detect_leaks = F->detect_leaks;
  CF.exitcode = F->exitcode;
  CF.malloc_context_size = F->malloc_context_size;
  CF.allocator_may_return_null = F->allocator_may_return_null;
  CF.max_allocation_size_mb = F->max_allocation_size_mb;
  CF.symbolize = F->symbolize;
  CF.strip_path_prefix = F->strip_path_prefix;
  CF.fast_unwind_on_malloc = F->fast_unwind_on_malloc;
  CF.fast_unwind_on_fatal = F->fast_unwind_on_fatal;
  CF.handle_segv = F->handle_segv;
  CF.handle_sigbus = F->handle_sigbus;
  CF.handle_abort = F->handle_abort;
  CF.handle_sigill = F->handle_sigill;
  CF.handle_sigfpe = F->handle_sigfpe;
  CF.handle_sigtrap = F->handle_sigtrap;
  CF.allow_user_segv_handler = F->allow_user_segv_handler;
  CF.abort_on_error = F->abort_on_error;
  CF.print_suppressions = F->print_suppressions;
  CF.print_cmdline = F->print_cmdline;
  CF.handle_ioctl = F->handle_ioctl;
  CF.intercept_strlen = F->intercept_strlen;
  CF.intercept_strcmp = F->intercept_strcmp;
  CF.intercept_strchr = F->intercept_strchr;
  CF.intercept_strstr = F->intercept_strstr;
  CF.intercept_strspn = F->intercept_strspn;
  CF.intercept_strpbrk = F->intercept_strpbrk;
  CF.intercept_strtok = F->intercept_strtok;
  CF.intercept_strndup = F->intercept_strndup;
  CF.intercept_memcmp = F->intercept_memcmp;
  CF.strict_memcmp = F->strict_memcmp;
  CF.intercept_memmem = F->intercept_memmem;
  CF.intercept_send = F->intercept_send;
  CF.intercept_stat = F->intercept_stat;
  CF.color = F->color;
  CF.print_summary = F->print_summary;
  CF.check_printf = F->check_printf;
  CF.strict_string_checks = F->strict_string_checks;
  CF.log_path = F->log_path[0] ? F->log_path : nullptr;
  CF.log_exe_name = F->log_exe_name;
  CF.log_suffix = F->log_suffix[0] ? F->log_suffix : nullptr;
  CF.demangle = F->demangle;
  CF.dedup_token_length = F->dedup_token_length;
  CF.enable_symbolizer_markup = F->enable_symbolizer_markup;
  CF.dump_registers = F->dump_registers;
  CF.compress_stack_depot = F->compress_stack_depot;
  CF.decorate_proc_maps = F->decorate_proc_maps;
  CF.dump_instruction_bytes = F->dump_instruction_bytes;
  CF.intercept_tls_get_addr = F->intercept_tls_get_addr;
  CF.coverage = F->coverage;
  CF.coverage_dir = F->coverage_dir;
  CF.mmap_limit_mb = F->mmap_limit_mb > 0 ? F->mmap_limit_mb : 0;
  CF.hard_rss_limit_mb = F->hard_rss_limit_mb > 0 ? F->hard_rss_limit_mb : 0;
  CF.soft_rss_limit_mb = F->soft_rss_limit_mb > 0 ? F->soft_rss_limit_mb : 0;
  CF.heap_profile = F->heap_profile;
  CF.allocator_release_to_os_interval_ms =
      F->allocator_release_to_os_interval_ms;
  // The symbolizer next to the clang memscope was built with, if present;
  // otherwise sanitizer_common searches PATH.
  if (F->external_symbolizer_path[0])
    CF.external_symbolizer_path = F->external_symbolizer_path;
  else if (FileExists(MEMSCOPE_DEFAULT_SYMBOLIZER))
    CF.external_symbolizer_path = MEMSCOPE_DEFAULT_SYMBOLIZER;
  OverrideCommonFlags(CF);
  InitializeCommonFlags();
  if (CF.log_path)
    __sanitizer_set_report_path(CF.log_path);

  if (F->help)
    PrintHelp(F);
  ResolveQuarantine(F);
  if (F->start_deactivated)
    Deactivate(F);
}

} // namespace memscope
