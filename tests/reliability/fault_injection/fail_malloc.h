/* fail_malloc: a malloc that fails on request, for fault-injection tests.
 *
 * Loaded before libc (linked first, or LD_PRELOAD), it replaces malloc,
 * calloc, realloc, aligned_alloc, posix_memalign and free for the whole
 * process, libpascal included, and forwards to glibc's allocator except where
 * told to fail. It also watches blocks of one size, so a test can see that a
 * block the library allocated was freed.
 *
 * Not for sanitizer builds: their runtimes own malloc and come first. */
#ifndef PASCAL_TESTS_FAIL_MALLOC_H
#define PASCAL_TESTS_FAIL_MALLOC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* fail_malloc_arm(FAIL_MALLOC_ANY_SIZE, n) fails allocations of any size. */
#define FAIL_MALLOC_ANY_SIZE ((size_t)-1)

/* From now on, watch allocations of exactly `size` bytes, and fail the next
 * `failures` of them with errno = ENOMEM. Resets the counters below. */
void fail_malloc_arm(size_t size, unsigned failures);

/* Stop failing and watching. The counters keep their values. */
void fail_malloc_disarm(void);

/* Since the last arm: allocations that were made to fail ... */
unsigned fail_malloc_injected(void);
/* ... allocations of the watched size that succeeded ... */
unsigned fail_malloc_allocated(void);
/* ... and how many of those are not freed yet. */
unsigned fail_malloc_live(void);

#ifdef __cplusplus
}
#endif

#endif
