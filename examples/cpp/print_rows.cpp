// libpascal from C++: print row 10 and entry 17 of row 35.
//
// Gotchas: a row is owned through std::unique_ptr whose deleter carries the
// length, because deallocate_vec() wants it back (and free() is never the
// right deleter); the span is only a view, valid while the owner lives;
// entries are std::uint32_t, so 2333606220 prints unsigned with no cast.
#include <pascal/pascal.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <memory>
#include <span>
#include <system_error>
#include <utility>

namespace {

struct RowDeleter {
    std::size_t size = 0;
    void operator()(std::uint32_t* row) const noexcept { deallocate_vec(row, size); }
};

using OwnedRow = std::unique_ptr<std::uint32_t[], RowDeleter>;

// Row n as an owner plus the view to read it through.
struct Row {
    OwnedRow owner;
    std::span<const std::uint32_t> entries;
};

Row make_row(std::size_t n) {
    std::size_t size = 0;
    std::uint32_t* const raw = pascal_row(n, &size);
    if (raw == nullptr && n > 0) {
        throw std::system_error(errno, std::generic_category(), "pascal_row");
    }
    OwnedRow owner{raw, RowDeleter{size}};
    const std::span<const std::uint32_t> entries{owner.get(), size};
    return Row{std::move(owner), entries};
}

}  // namespace

int main() {
    try {
        const Row ten = make_row(10);
        std::cout << "pascal_row(10):";
        for (const std::uint32_t entry : ten.entries)
            std::cout << ' ' << entry;
        std::cout << '\n';

        const Row thirty_five = make_row(35);
        std::cout << "pascal_row(35)[17]: " << thirty_five.entries[17] << '\n';
    } catch (const std::system_error& error) {
        std::cerr << error.what() << '\n';
        return 1;
    }
    return 0;
}
