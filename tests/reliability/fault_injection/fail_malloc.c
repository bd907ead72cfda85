/* The fail_malloc interposer (see fail_malloc.h). glibc exports its own
 * allocator as __libc_malloc and friends, so forwarding needs no dlsym(),
 * which itself allocates. */
#include "fail_malloc.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

extern void* __libc_malloc(size_t size);
extern void* __libc_calloc(size_t count, size_t size);
extern void* __libc_realloc(void* ptr, size_t size);
extern void* __libc_memalign(size_t alignment, size_t size);
extern void __libc_free(void* ptr);

/* Watched blocks live here until freed. A test watches a handful of blocks
 * of one size; running out of slots is a broken test, not a broken library. */
enum { max_live = 64 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int watching;
static size_t watched_size;
static unsigned failures_left;
static unsigned injected;
static unsigned allocated;
static void* live[max_live];
static unsigned live_count;

static int watched(size_t size) { return watching && (watched_size == FAIL_MALLOC_ANY_SIZE || size == watched_size); }

/* Called with the lock held: should this allocation fail? */
static int take_failure(size_t size) {
    if (!watched(size) || failures_left == 0) return 0;
    --failures_left;
    ++injected;
    return 1;
}

static void remember(void* ptr) {
    if (live_count == max_live) {
        fputs("fail_malloc: too many watched blocks alive\n", stderr);
        abort();
    }
    live[live_count++] = ptr;
    ++allocated;
}

static void forget(void* ptr) {
    unsigned i;
    for (i = 0; i < live_count; ++i) {
        if (live[i] == ptr) {
            live[i] = live[--live_count];
            return;
        }
    }
}

/* The one allocation path: `allocate` runs only if no failure is due. */
#define ALLOCATE(size, allocate)                                              \
    do {                                                                      \
        void* ptr;                                                            \
        if (!__atomic_load_n(&watching, __ATOMIC_ACQUIRE)) return (allocate); \
        pthread_mutex_lock(&lock);                                            \
        if (take_failure(size)) {                                             \
            pthread_mutex_unlock(&lock);                                      \
            errno = ENOMEM;                                                   \
            return NULL;                                                      \
        }                                                                     \
        ptr = (allocate);                                                     \
        if (ptr != NULL && watched(size)) remember(ptr);                      \
        pthread_mutex_unlock(&lock);                                          \
        return ptr;                                                           \
    } while (0)

void* malloc(size_t size) { ALLOCATE(size, __libc_malloc(size)); }

void* calloc(size_t count, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(count, size, &bytes)) bytes = SIZE_MAX;
    ALLOCATE(bytes, __libc_calloc(count, size));
}

void* aligned_alloc(size_t alignment, size_t size) { ALLOCATE(size, __libc_memalign(alignment, size)); }

int posix_memalign(void** out, size_t alignment, size_t size) {
    void* ptr;
    if (alignment % sizeof(void*) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
    ptr = aligned_alloc(alignment, size);
    if (ptr == NULL) return ENOMEM;
    *out = ptr;
    return 0;
}

void free(void* ptr) {
    if (ptr != NULL && __atomic_load_n(&watching, __ATOMIC_ACQUIRE)) {
        pthread_mutex_lock(&lock);
        forget(ptr);
        pthread_mutex_unlock(&lock);
    }
    __libc_free(ptr);
}

void* realloc(void* ptr, size_t size) {
    void* moved;
    if (ptr == NULL) return malloc(size);
    if (!__atomic_load_n(&watching, __ATOMIC_ACQUIRE)) return __libc_realloc(ptr, size);
    pthread_mutex_lock(&lock);
    if (take_failure(size)) {
        pthread_mutex_unlock(&lock);
        errno = ENOMEM;
        return NULL;
    }
    moved = __libc_realloc(ptr, size);
    if (moved != NULL || size == 0) forget(ptr);
    if (moved != NULL && watched(size)) remember(moved);
    pthread_mutex_unlock(&lock);
    return moved;
}

void fail_malloc_arm(size_t size, unsigned failures) {
    pthread_mutex_lock(&lock);
    watched_size = size;
    failures_left = failures;
    injected = 0;
    allocated = 0;
    live_count = 0;
    __atomic_store_n(&watching, 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
}

void fail_malloc_disarm(void) {
    pthread_mutex_lock(&lock);
    __atomic_store_n(&watching, 0, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
}

unsigned fail_malloc_injected(void) {
    unsigned value;
    pthread_mutex_lock(&lock);
    value = injected;
    pthread_mutex_unlock(&lock);
    return value;
}

unsigned fail_malloc_allocated(void) {
    unsigned value;
    pthread_mutex_lock(&lock);
    value = allocated;
    pthread_mutex_unlock(&lock);
    return value;
}

unsigned fail_malloc_live(void) {
    unsigned value;
    pthread_mutex_lock(&lock);
    value = live_count;
    pthread_mutex_unlock(&lock);
    return value;
}
