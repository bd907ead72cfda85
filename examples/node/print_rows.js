// libpascal from Node.js through koffi: print row 10 and entry 17 of row 35.
//
// Gotchas: koffi.load takes the library's path from PASCAL_LIBRARY (CTest
// sets it to the one just built), else its soname through the system's
// loader. size_out is declared `_Out_ size_t *` and passed as a one-element
// array that koffi fills in after the call. Entries are decoded as uint32_t,
// so 2333606220 stays positive (int32_t would give -1961361076); decoding
// copies them into JS numbers. The row then goes back to deallocate_vec in a
// finally block: koffi's `!` (disposable) return types would call free(),
// the wrong deallocator. Pointers are BigInts in koffi 3; NULL is null.
'use strict';

const koffi = require('koffi');

const lib = koffi.load(process.env.PASCAL_LIBRARY || 'libpascal.so.1');
const pascalRow = lib.func('uint32_t *pascal_row(size_t n, _Out_ size_t *size_out)');
const deallocateVec = lib.func('void deallocate_vec(uint32_t *ptr, size_t len)');

// Row n of the triangle, copied out of the library's memory.
function row(n) {
    const sizeOut = [0];
    const entries = pascalRow(n, sizeOut);
    if (!entries) {
        if (n === 0) return [];
        throw new Error(`pascal_row(${n}) failed, errno ${koffi.errno()}`);
    }
    try {
        return koffi.decode(entries, 'uint32_t', sizeOut[0]);
    } finally {
        deallocateVec(entries, sizeOut[0]);
    }
}

console.log(`pascal_row(10): ${row(10).join(' ')}`);
console.log(`pascal_row(35)[17]: ${row(35)[17]}`);
