'use strict';
// libpascal for Node.js: rows of Pascal's triangle from the C library, copied
// into arrays, viewed in place, or written into the caller's Uint32Array; and
// any entry or range of any row (lib/ranges.js).

const koffi = require('koffi');
const native = require('./lib/native');
const { PascalError, DisposedError } = require('./lib/errors');
const { toSize, countAs } = require('./lib/sizes');
const { capacityOf } = require('./lib/arrays');
const { View, RowView, TriangleView, viewOf, triangleRow } = require('./lib/views');
const { entry, rowRange, rowRangeInto } = require('./lib/ranges');

// The entries of what a *_alloc call put in `out`, copied into numbers; the C
// array is freed (pascal_array_free) before this returns, whatever happens.
function copyOf(call, code, out) {
    if (code !== 0) {
        throw new PascalError(call, code);
    }
    if (out.size === 0) {
        return [];
    }
    try {
        // One copy, from libpascal's memory straight into numbers (koffi.decode
        // would make a Uint32Array first).
        return Array.from(new Uint32Array(koffi.view(out.data, out.size * Uint32Array.BYTES_PER_ELEMENT)));
    } finally {
        native.arrayFree(out);
    }
}

// Where a *_alloc call writes its array: an object with no prototype, so that
// koffi's writes of `data` and `size` make own properties. On a plain object
// an accessor someone put on Object.prototype would catch them and could hand
// back another address or size for the package to read and free.
function allocOut() {
    return Object.create(null);
}

function row(n) {
    const out = allocOut();
    return copyOf('pascal_row_alloc', native.rowAlloc(toSize(n, 'n'), out), out);
}

function rowView(n) {
    const out = allocOut();
    return viewOf(RowView, 'pascal_row_alloc', native.rowAlloc(toSize(n, 'n'), out), out);
}

function rowInto(n, out) {
    toSize(n, 'n');
    // pascal_row_into fails only for a NULL buffer with a capacity, and a
    // Uint32Array's address is NULL only when it holds nothing (empty or
    // detached), a capacity of 0: there is no error to read.
    return countAs(native.rowInto(n, out, capacityOf(out)), n, `row ${n}'s length`);
}

function triangle(rows) {
    const out = allocOut();
    return copyOf('pascal_triangle_alloc', native.triangleAlloc(toSize(rows, 'rows'), out), out);
}

function triangleView(rows) {
    const out = allocOut();
    const code = native.triangleAlloc(toSize(rows, 'rows'), out);
    return viewOf(TriangleView, 'pascal_triangle_alloc', code, out, Number(rows));
}

function triangleInto(rows, out) {
    toSize(rows, 'rows');
    const count = native.triangleInto(rows, out, capacityOf(out));
    // 0 for rows > 0 is the failure return; errno says why (EOVERFLOW).
    if (count === 0 && rows != 0) {
        throw new PascalError('pascal_triangle_into', native.errno());
    }
    return countAs(count, rows, `the entry count of ${rows} rows`);
}

function version() {
    return native.versionString();
}

function versionNumber() {
    return native.versionNumber();
}

const ROW_EXACT_MAX = native.rowExactMax();
const libraryPath = native.file;

// Every name written out, no expressions: that is what lets Node find the
// named exports for `import { row } from 'libpascal'` in an ES module.
module.exports = {
    row,
    rowView,
    rowInto,
    triangle,
    triangleView,
    triangleInto,
    triangleRow,
    entry,
    rowRange,
    rowRangeInto,
    version,
    versionNumber,
    ROW_EXACT_MAX,
    libraryPath,
    PascalError,
    DisposedError,
    View,
    RowView,
    TriangleView,
};
