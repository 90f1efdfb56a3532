/* greeter: a small C library with a C API, of the kind FFI projects test
 * from C (it could as well be a Rust cdylib): opaque handles with
 * create/destroy pairs, strings the caller must free with the library's
 * own function, and an error string per thread. */
#ifndef GREETER_H
#define GREETER_H

typedef struct greeter greeter;

/* A greeter for NAME; NULL (see greeter_last_error) if NAME is empty.
 * Destroy it with greeter_free. */
greeter *greeter_new(const char *name);
void greeter_free(greeter *g);

/* "hello, NAME": the caller owns the string; free it with
 * greeter_string_free. */
char *greeter_message(const greeter *g);
void greeter_string_free(char *s);

/* The last error of this thread, a new string the caller frees with
 * greeter_string_free; NULL if there was none. */
char *greeter_last_error(void);

#endif
