//===- utils/analyzer/HeapProfile.cpp - sites and the live peak -----------===//
//
// Allocated adds the block's size (each passport counts once while it
// lives); Freed and Reallocated (the old block of a moving realloc) remove
// it; the rest does not change what is live. The peak is the first time the
// live total reaches its maximum.
//
// See also: HeapProfile.h.
//===----------------------------------------------------------------------===//
#include "HeapProfile.h"

#include <algorithm>
#include <tuple>

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

void HeapProfile::onEvent(PassportEventInfo &E) {
  switch (E.Event) {
  case PassportEvent::Allocated: {
    auto [Size, New] = LiveSize.tryEmplace(E.Passport.value());
    if (!New)
      return;
    *Size = E.Size;
    AllocationSite &S = Sites[E.Stack];
    S.Stack = E.Stack;
    S.Bytes += E.Size;
    ++S.Count;
    Live += E.Size;
    if (!Peak || Live > Peak->Bytes)
      Peak = PeakUsage{Live, E.TimeNs, E};
    return;
  }
  case PassportEvent::Freed:
  case PassportEvent::Reallocated: {
    const uint64_t *Size = LiveSize.find(E.Passport.value());
    if (!Size)
      return;
    Live -= *Size;
    LiveSize.erase(E.Passport.value());
    return;
  }
  default:
    return;
  }
}

void HeapProfile::onEventsEnd() {
  for (const auto &Entry : Sites)
    ByBytes.push_back(Entry.second);
  ByCount = ByBytes;
  std::sort(ByBytes.begin(), ByBytes.end(),
            [](const AllocationSite &A, const AllocationSite &B) {
              return std::make_tuple(B.Bytes, B.Count, A.Stack) <
                     std::make_tuple(A.Bytes, A.Count, B.Stack);
            });
  std::sort(ByCount.begin(), ByCount.end(),
            [](const AllocationSite &A, const AllocationSite &B) {
              return std::make_tuple(B.Count, B.Bytes, A.Stack) <
                     std::make_tuple(A.Count, A.Bytes, B.Stack);
            });
}

} // namespace analyzer
} // namespace memscope
