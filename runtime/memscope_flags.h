//===- memscope_flags.h - runtime flags -------------------------*- C++ -*-===//
//
// The flag values, declared from memscope_flags.inc. Precedence, lowest
// first: the default in the .inc, the weak __memscope_default_options(), the
// MEMSCOPE_OPTIONS environment variable.
//
// See also: memscope_flags.inc, docs/Flags.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_FLAGS_H
#define MEMSCOPE_FLAGS_H

#include "memscope_internal.h"

#include "sanitizer_common/sanitizer_flags.h"

namespace memscope {

struct Flags {
#define MEMSCOPE_FLAG(Type, Name, Default, Description) Type Name;
#include "memscope_flags.inc"
#undef MEMSCOPE_FLAG
  void SetDefaults();
};

extern Flags MemscopeFlagsDontUse;
inline const Flags *flags() { return &MemscopeFlagsDontUse; }

// One index per flag, for the questions the values cannot answer.
enum class FlagId {
#define MEMSCOPE_FLAG(Type, Name, Default, Description) Name,
#include "memscope_flags.inc"
#undef MEMSCOPE_FLAG
  Count
};
// Whether an options string (not the default) gave the flag a value.
bool FlagWasSet(FlagId Id);

// Parses the options and hands the ones sanitizer_common acts on to it.
void InitializeFlags();
// Parses one options string into F. Each problem is reported on one line
// naming the key (and the value), and that entry is skipped. Returns the
// number of problems. `Origin` names the source in messages. Options of
// another tool (Foreign: ASAN_OPTIONS, LSAN_OPTIONS) may hold keys memscope
// does not know: those are skipped without a word.
int ParseFlagsString(Flags *F, const char *Options, const char *Origin,
                     bool Foreign = false);

// start_deactivated: applies the options kept from the start, changed by
// ASAN_ACTIVATION_OPTIONS and MEMSCOPE_ACTIVATION_OPTIONS (only those
// activation may change; the others are listed at verbosity 1).
void ActivateFlags();

} // namespace memscope

#endif // MEMSCOPE_FLAGS_H
