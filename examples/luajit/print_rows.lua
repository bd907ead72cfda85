-- libpascal from LuaJIT's FFI: print row 10 and entry 17 of row 35.
--
-- Gotchas: ffi.load takes the library's path from PASCAL_LIBRARY (CTest sets
-- it to the one just built), else its soname through the system's loader.
-- ffi.cdef repeats the declarations by hand, spelling size_t and uint32_t as
-- C does, so entries come back unsigned and tonumber() turns them into exact
-- Lua numbers (a double holds every 32-bit value). ffi.gc ties the row to
-- deallocate_vec, so the collector can never hand it to free(); the row is
-- released explicitly as soon as it is copied, instead of whenever the
-- collector runs. Lua tables count from 1: C's entry 17 is entries[18].
local ffi = require("ffi")

ffi.cdef [[
uint32_t* pascal_row(size_t n, size_t* size_out);
void deallocate_vec(uint32_t* ptr, size_t len);
char* strerror(int errnum);
]]

local pascal = ffi.load(os.getenv("PASCAL_LIBRARY") or "libpascal.so.1")

-- Row n of the triangle, copied into a Lua table.
local function row(n)
    local size_out = ffi.new("size_t[1]")
    local raw = pascal.pascal_row(n, size_out)
    if raw == nil then
        if n == 0 then return {} end
        error(("pascal_row(%d): %s"):format(n, ffi.string(ffi.C.strerror(ffi.errno()))))
    end
    local size = size_out[0]
    local owned = ffi.gc(raw, function(ptr) pascal.deallocate_vec(ptr, size) end)

    local entries = {}
    for k = 0, tonumber(size) - 1 do
        entries[k + 1] = tonumber(owned[k])
    end

    ffi.gc(owned, nil)
    pascal.deallocate_vec(owned, size)
    return entries
end

print("pascal_row(10): " .. table.concat(row(10), " "))
print("pascal_row(35)[17]: " .. row(35)[18])
