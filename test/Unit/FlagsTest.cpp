//===- test/Unit/FlagsTest.cpp - MEMSCOPE_OPTIONS parsing -----------------===//
//
// The parser accepts key=value lists with ':', ',' or blanks between them,
// and rejects each bad entry on its own, keeping the rest.
//
// See also: runtime/memscope_flags.cpp, test/Runtime/flags/.
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"

#include "gtest/gtest.h"

#include <string>

using memscope::Flags;
using memscope::ParseFlagsString;

namespace {

Flags Defaults() {
  Flags F;
  F.SetDefaults();
  return F;
}

TEST(FlagsTest, DefaultsAreAsanCompatible) {
  Flags F = Defaults();
  EXPECT_TRUE(F.halt_on_error);
  EXPECT_EQ(F.exitcode, 1);
  EXPECT_EQ(F.quarantine_size_mb, 256);
  EXPECT_EQ(F.malloc_context_size, 30);
  EXPECT_FALSE(F.allocator_may_return_null);
}

TEST(FlagsTest, ParsesEverySeparatorAndType) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F,
                             "halt_on_error=0:exitcode=23,verbosity=2 "
                             "log_path=/tmp/x\tallocator_may_return_null=true",
                             "test"),
            0);
  EXPECT_FALSE(F.halt_on_error);
  EXPECT_EQ(F.exitcode, 23);
  EXPECT_EQ(F.verbosity, 2);
  EXPECT_EQ(std::string(F.log_path), "/tmp/x");
  EXPECT_TRUE(F.allocator_may_return_null);
}

TEST(FlagsTest, QuotedValueKeepsSeparators) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "strip_path_prefix='/a:b c/':exitcode=3",
                             "test"),
            0);
  EXPECT_EQ(std::string(F.strip_path_prefix), "/a:b c/");
  EXPECT_EQ(F.exitcode, 3);
}

TEST(FlagsTest, UnknownKeyIsOneProblemAndTheRestApplies) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "no_such_flag=1:exitcode=7", "test"), 1);
  EXPECT_EQ(F.exitcode, 7);
}

TEST(FlagsTest, MalformedValuesKeepTheOldValue) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "halt_on_error=maybe", "test"), 1);
  EXPECT_TRUE(F.halt_on_error);
  EXPECT_EQ(ParseFlagsString(&F, "exitcode=12x", "test"), 1);
  EXPECT_EQ(F.exitcode, 1);
  EXPECT_EQ(ParseFlagsString(&F, "exitcode=", "test"), 1);
  EXPECT_EQ(ParseFlagsString(&F, "exitcode=99999999999", "test"), 1);
  EXPECT_EQ(F.exitcode, 1);
}

TEST(FlagsTest, EntryWithoutValueIsRejected) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "verbosity:exitcode=4", "test"), 1);
  EXPECT_EQ(F.verbosity, 0);
  EXPECT_EQ(F.exitcode, 4);
}

TEST(FlagsTest, RedzoneMustBeAPowerOfTwoInRange) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "redzone=24", "test"), 1);
  EXPECT_EQ(F.redzone, 16);
  EXPECT_EQ(ParseFlagsString(&F, "redzone=4096", "test"), 1);
  EXPECT_EQ(ParseFlagsString(&F, "redzone=128", "test"), 0);
  EXPECT_EQ(F.redzone, 128);
}

// As ASan: a negative size is the default, not an error.
TEST(FlagsTest, NegativeQuarantineIsTheDefault) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "quarantine_size_mb=-1", "test"), 0);
  EXPECT_EQ(F.quarantine_size_mb, 256);
}

TEST(FlagsTest, HexadecimalIntegers) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "malloc_fill_byte=0xAb", "test"), 0);
  EXPECT_EQ(F.malloc_fill_byte, 0xab);
  EXPECT_EQ(ParseFlagsString(&F, "malloc_fill_byte=0x", "test"), 1);
  EXPECT_EQ(ParseFlagsString(&F, "malloc_fill_byte=300", "test"), 1);
  EXPECT_EQ(F.malloc_fill_byte, 0xbe);
}

TEST(FlagsTest, ColorMustBeKnown) {
  Flags F = Defaults();
  EXPECT_EQ(ParseFlagsString(&F, "color=sometimes", "test"), 1);
  EXPECT_STREQ(F.color, "auto");
  EXPECT_EQ(ParseFlagsString(&F, "color=never", "test"), 0);
}

} // namespace
