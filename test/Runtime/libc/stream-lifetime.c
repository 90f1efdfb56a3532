// ===- test/Runtime/libc/stream-lifetime.c - streams and their buffers ----===//
//
// A stdio stream used after fclose freed its FILE, and a buffer given to
// setvbuf or setbuffer that is freed, or was a local array of a function
// that has returned, while the stream still uses it
// (runtime/memscope_stdio.cpp). Valgrind reports these from inside libc;
// ASan reports none of them. Each is reported at the program's call, at
// -O0 and -O2; streams used correctly (program buffers that outlive their
// use, a buffer taken back by setvbuf before it is freed, memory streams)
// are silent.
//
// See also: printf-args.c, scanf-args.c (the same families' arguments).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: %t clean < %s 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: %t clean < %s 2>&1 | FileCheck %s --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile long Sink;
static const char *Path = "/tmp/memscope-stream-lifetime.txt";

static FILE *closedForWriting(void) {
  FILE *F = fopen(Path, "w");
  fputs("first\n", F);
  fclose(F);
  return F;
}

static FILE *closedForReading(void) {
  FILE *F = fopen(Path, "w");
  fputs("first\nsecond\n", F);
  fclose(F);
  F = fopen(Path, "r");
  Sink = fgetc(F);
  fclose(F);
  return F;
}

// The stream keeps writing into Local after this function has returned.
__attribute__((noinline)) static void bufferStdout(void) {
  char Local[BUFSIZ];
  setvbuf(stdout, Local, _IOFBF, sizeof Local);
}

static void clean(void) {
  // A buffer of the program's that outlives the stream's use of it, taken
  // back (unbuffered) before it is freed.
  char *Buffer = malloc(256);
  setvbuf(stdout, Buffer, _IOFBF, 256);
  printf("buffered %d\n", 1);
  putchar('x');
  fputs("y\n", stdout);
  fwrite("z\n", 1, 2, stdout);
  fflush(stdout);
  setvbuf(stdout, NULL, _IONBF, 0);
  free(Buffer);
  puts("unbuffered");
  // CHECK: buffered 1
  // CHECK-NEXT: xy
  // CHECK-NEXT: z
  // CHECK-NEXT: unbuffered

  // A file written, positioned and read back through a buffer on the stack.
  char Local[64];
  FILE *F = fopen(Path, "w+");
  setbuffer(F, Local, sizeof Local);
  for (int I = 0; I < 40; I++)
    fprintf(F, "%d,", I);
  rewind(F);
  char Line[32];
  fgets(Line, sizeof Line, F);
  fseek(F, 3, SEEK_SET);
  int C = fgetc(F);
  ungetc(C, F);
  Sink = getc(F) + ftell(F) + feof(F) + ferror(F) + fileno(F);
  clearerr(F);
  char *Got = NULL;
  size_t GotSize = 0;
  Sink += getline(&Got, &GotSize, F);
  fclose(F);
  printf("file %.9s %zu\n", Line, strlen(Got));
  free(Got);
  // CHECK-NEXT: file 0,1,2,3,4 {{[0-9]+}}

  // A memory stream's buffer, the stream's own until fclose.
  char *Text;
  size_t Size;
  FILE *M = open_memstream(&Text, &Size);
  for (int I = 0; I < 500; I++)
    fprintf(M, "%d;", I);
  fclose(M);
  printf("memstream %zu\n", Size);
  free(Text);
  // CHECK-NEXT: memstream 1890

  // Standard input, as the program's caller gave it.
  char In[16];
  fgets(In, sizeof In, stdin);
  int N = 0;
  Sink = scanf("%d", &N) + getchar();
  printf("stdin %.2s\n", In);
  // CHECK-NEXT: stdin //
}

int main(int Argc, char **Argv) {
  const char *C = Argc > 1 ? Argv[1] : "";
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "fprintf_closed"))
    fprintf(closedForWriting(), "%d\n", Argc); // FPRINTF_CLOSED
  if (!strcmp(C, "fputs_closed"))
    fputs("again\n", closedForWriting()); // FPUTS_CLOSED
  if (!strcmp(C, "fwrite_closed"))
    fwrite("again\n", 1, 6, closedForWriting()); // FWRITE_CLOSED
  if (!strcmp(C, "fputc_closed"))
    fputc('a', closedForWriting()); // FPUTC_CLOSED
  if (!strcmp(C, "fflush_closed"))
    fflush(closedForWriting()); // FFLUSH_CLOSED
  if (!strcmp(C, "fgets_closed")) {
    char Line[16];
    Sink = (long)fgets(Line, sizeof Line, closedForReading()); // FGETS_CLOSED
  }
  if (!strcmp(C, "fgetc_closed"))
    Sink = fgetc(closedForReading()); // FGETC_CLOSED
  if (!strcmp(C, "fscanf_closed")) {
    int N;
    Sink = fscanf(closedForReading(), "%d", &N); // FSCANF_CLOSED
  }
  if (!strcmp(C, "getline_closed")) {
    char *Line = NULL;
    size_t Size = 0;
    Sink = getline(&Line, &Size, closedForReading()); // GETLINE_CLOSED
  }
  if (!strcmp(C, "feof_closed"))
    Sink = feof(closedForReading()); // FEOF_CLOSED
  if (!strcmp(C, "fseek_closed"))
    Sink = fseek(closedForReading(), 0, SEEK_SET); // FSEEK_CLOSED
  if (!strcmp(C, "putchar_freed_buffer")) {
    char *Buffer = malloc(256);
    setvbuf(stdout, Buffer, _IOFBF, 256);
    free(Buffer);
    putchar('x'); // PUTCHAR_FREED_BUFFER
  }
  if (!strcmp(C, "fputs_freed_buffer")) {
    char *Buffer = malloc(128);
    setbuffer(stdout, Buffer, 128);
    free(Buffer);
    fputs("hello\n", stdout); // FPUTS_FREED_BUFFER
  }
  if (!strcmp(C, "fgetc_freed_buffer")) {
    FILE *F = fopen(Path, "w+");
    char *Buffer = malloc(64);
    setvbuf(F, Buffer, _IOFBF, 64);
    free(Buffer);
    Sink = fgetc(F); // FGETC_FREED_BUFFER
  }
  if (!strcmp(C, "printf_returned_buffer")) {
    bufferStdout();
    printf("hello %d\n", Argc); // PRINTF_RETURNED_BUFFER
  }
  if (!strcmp(C, "memstream_freed")) {
    char *Text;
    size_t Size;
    FILE *M = open_memstream(&Text, &Size);
    fprintf(M, "%d", Argc);
    fflush(M);
    free(Text);
    fprintf(M, "%d", Argc); // MEMSTREAM_FREED
  }
  return 0;
}

// CASE: fprintf_closed heap-use-after-free FPRINTF_CLOSED
// CASE: fputs_closed heap-use-after-free FPUTS_CLOSED
// CASE: fwrite_closed heap-use-after-free FWRITE_CLOSED
// CASE: fputc_closed heap-use-after-free FPUTC_CLOSED
// CASE: fflush_closed heap-use-after-free FFLUSH_CLOSED
// CASE: fgets_closed heap-use-after-free FGETS_CLOSED
// CASE: fgetc_closed heap-use-after-free FGETC_CLOSED
// CASE: fscanf_closed heap-use-after-free FSCANF_CLOSED
// CASE: getline_closed heap-use-after-free GETLINE_CLOSED
// CASE: feof_closed heap-use-after-free FEOF_CLOSED
// CASE: fseek_closed heap-use-after-free FSEEK_CLOSED
// CASE: putchar_freed_buffer heap-use-after-free PUTCHAR_FREED_BUFFER
// CASE: fputs_freed_buffer heap-use-after-free FPUTS_FREED_BUFFER
// CASE: fgetc_freed_buffer heap-use-after-free FGETC_FREED_BUFFER
// CASE: printf_returned_buffer stack-use-after-return PRINTF_RETURNED_BUFFER
// CASE: memstream_freed heap-use-after-free MEMSTREAM_FREED
