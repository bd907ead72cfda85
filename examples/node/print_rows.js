// libpascal from Node.js through its package (bindings/node): print row 10
// and entry 17 of row 35.
//
// The package finds libpascal (PASCAL_LIBRARY, PASCAL_LIBDIR, or the platform
// package @libpascal/<platform> npm installed with it), checks its major
// version, reads entries as unsigned 32-bit (2333606220 stays positive) and
// hands every array back to libpascal's own deallocator: row() copies and
// frees before it returns.
'use strict';

const pascal = require('libpascal');

console.log(`pascal_row(10): ${pascal.row(10).join(' ')}`);
console.log(`pascal_row(35)[17]: ${pascal.row(35)[17]}`);
