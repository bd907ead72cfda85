// Where porting happens: the compiler builtins, target attributes and CPU
// detection the kernels use, and nothing else (zstd's lib/common/compiler.h).
// A build for another architecture or compiler changes this file, not the
// kernels.
#ifndef PASCAL_SRC_COMPILER_HPP
#define PASCAL_SRC_COMPILER_HPP

#if defined(__x86_64__)
#define PASCAL_X86_64 1
#else
#define PASCAL_X86_64 0
#endif

#if defined(__aarch64__) && defined(__linux__)
#define PASCAL_AARCH64 1
#include <sys/auxv.h>
#else
#define PASCAL_AARCH64 0
#endif

// Inlined even where the optimiser would not: a kernel's per-ISA operations
// must vanish into the one body that uses them.
#define PASCAL_FORCE_INLINE inline __attribute__((always_inline))

// Everything defined between BEGIN and END is compiled for `isa` (a string
// such as "avx2"), templates included: a kernel file opens a region, then
// instantiates the shared body there. Nothing from a standard header may be
// included inside a region: its inline functions would be compiled for the
// ISA too and could be picked for every caller.
#define PASCAL_PRAGMA(text) _Pragma(#text)
#if defined(__clang__)
#define PASCAL_TARGET_REGION_BEGIN(isa) \
    PASCAL_PRAGMA(clang attribute push(__attribute__((target(isa))), apply_to = function))
#define PASCAL_TARGET_REGION_END _Pragma("clang attribute pop")
#else
#define PASCAL_TARGET_REGION_BEGIN(isa) _Pragma("GCC push_options") PASCAL_PRAGMA(GCC target(isa))
#define PASCAL_TARGET_REGION_END _Pragma("GCC pop_options")
#endif

// Trailing zero bits of a non-zero 64-bit value.
#define PASCAL_CTZ64(x) __builtin_ctzll(x)

// Leading zero bits of a non-zero 32-bit value.
#define PASCAL_CLZ32(x) __builtin_clz(x)

// Set bits of a 64-bit value.
#define PASCAL_POPCOUNT64(x) __builtin_popcountll(x)

// *out = a * b; true when that overflowed the type of *out.
#define PASCAL_MUL_OVERFLOW(a, b, out) __builtin_mul_overflow(a, b, out)

// A vector of `bytes` bytes of T, with lane-wise arithmetic written as plain
// operators (the triangle kernel's additions).
#define PASCAL_VECTOR_OF(T, bytes) T __attribute__((vector_size(bytes)))

namespace pascal::detail::cpu {

#if PASCAL_X86_64
// The CPU's features, as the compiler's runtime library reads them (cpuid).
inline bool has_avx2() noexcept {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
}
inline bool has_avx512() noexcept {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd");
}
#endif

#if PASCAL_AARCH64
// Advanced SIMD, as the kernel reports it to the process (HWCAP_ASIMD).
inline bool has_neon() noexcept { return (getauxval(AT_HWCAP) & HWCAP_ASIMD) != 0; }
#endif

}  // namespace pascal::detail::cpu

#endif
