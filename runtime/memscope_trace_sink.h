//===- memscope_trace_sink.h - the trace's bytes on their way out -*- C++ -*-===//
//
// Where the trace writer's records go: after the file header, one zstd
// stream (format version 3, FileHeaderV3::Compression), compressed with
// libzstd.so.1, which is loaded when recording starts and never linked: a
// plain run neither loads it nor can clash with a program's own zstd. The
// stream is flushed (ZSTD_e_flush) at every flush point the writer asks
// for, so a file cut short by a crash still decompresses up to its last
// flush. Without libzstd the records are written as they are (Compression
// None). Every call is made with the trace's writer lock held; compression
// allocates only from sanitizer_common's internal allocator, at the start.
//
//   records ──▶ raw buffer (256 KiB) ──ZSTD_compressStream2──▶ out ──▶ fd
//
// See also: memscope_trace.cpp (the records and when to flush),
// include/memscope/trace_format.h (Compression), docs/TraceFormat.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_TRACE_SINK_H
#define MEMSCOPE_TRACE_SINK_H

#include "memscope_internal.h"

#include "memscope/trace_format.h"

namespace memscope {

// The buffers, at start-up.
void SinkInitialize();

// Loads libzstd and makes the compression context, once; without it the
// trace is written uncompressed. Not under any lock of the runtime's (it
// calls dlopen), and only once libc is initialised: a dlopen from
// .preinit_array leaves the process with a broken environment (execv then
// passes none), so the runtime calls this from a constructor.
void SinkLoadCompressor();

// Starts a stream into Fd. The header is written at the first flush, with
// the compression known then (the records before it stay in the buffer). A
// forked child calls it again for a file of its own, dropping what the
// parent had buffered.
void SinkStart(fd_t Fd, const trace::FileHeaderV3 &Header);

// Records, in order.
void SinkAppend(const void *Data, uptr Size);

// Everything appended so far reaches the file, decodable (the header first
// if it is not written yet).
void SinkFlush();

// Ends the stream (the last frame closed); the caller closes the file.
void SinkEnd();

// True once a write failed: the trace stops (said once on stderr).
bool SinkFailed();

} // namespace memscope

#endif // MEMSCOPE_TRACE_SINK_H
