// Compiled with the library's flags, to show they take effect with this
// toolchain: a stack array makes -fstack-protector-strong insert a canary
// check (__stack_chk_fail), and a memcpy of a length the compiler cannot
// bound into an array it can becomes __memcpy_chk under _FORTIFY_SOURCE.
#include <cstddef>
#include <cstring>

void hardening_probe_consume(const char* bytes) noexcept;

void hardening_probe(const char* source, std::size_t length) noexcept {
    char buffer[64];
    std::memcpy(buffer, source, length);
    hardening_probe_consume(buffer);
}
