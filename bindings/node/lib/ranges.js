'use strict';
// Any entry, any range of any row n < 2^64, without the row: pascal_entry and
// pascal_row_range. The memory is always JavaScript's (C only fills it), so
// libpascal frees nothing here. Both of C's errors, EDOM (outside the row)
// and EINVAL (a NULL output), are ruled out here first with a message naming
// the values; what C reports all the same still becomes a PascalError.

const native = require('./native');
const { PascalError } = require('./errors');
const { toSize, toIndex, outOfRange } = require('./sizes');
const { capacityOf } = require('./arrays');

function entry(n, k) {
    toIndex(n, 'n');
    toIndex(k, 'k');
    if (BigInt(k) >= BigInt(n)) {
        throw outOfRange(`k = ${k} is not an index of row ${n}, which has ${n} entries`);
    }
    const value = new Uint32Array(1);
    const code = native.entry(n, k, value);
    if (code !== 0) {
        throw new PascalError(`pascal_entry(${n}, ${k})`, code);
    }
    return value[0];
}

// `count`, once entries k0 .. k0+count-1 are known to be in row n.
function inRow(n, k0, count) {
    if (BigInt(k0) + BigInt(count) > BigInt(n)) {
        throw outOfRange(`the range k0 = ${k0}, count = ${count} leaves row ${n}, which has ${n} entries ` +
            '(k0 + count must be at most n)');
    }
    return count;
}

// pascal_row_range returns count, or 0 with errno saying why.
function fill(n, k0, out, count) {
    if (native.rowRange(n, k0, out, count) === 0 && count !== 0) {
        throw new PascalError(`pascal_row_range(${n}, ${k0}, out, ${count})`, native.errno());
    }
}

function rowRange(n, k0, count) {
    toIndex(n, 'n');
    toIndex(k0, 'k0');
    toSize(count, 'count');
    const entries = Number(inRow(n, k0, count));
    let out;
    try {
        out = new Uint32Array(entries);
    } catch (error) {
        // Past V8's longest typed array, or no memory for it.
        throw outOfRange(`count = ${count} entries cannot be a Uint32Array: ${error.message}`, { cause: error });
    }
    fill(n, k0, out, entries);
    return out;
}

function rowRangeInto(n, k0, out) {
    toIndex(n, 'n');
    toIndex(k0, 'k0');
    // Between capacityOf and C only this arithmetic on primitives runs,
    // nothing of the caller's that could shrink `out`.
    const count = inRow(n, k0, capacityOf(out));
    fill(n, k0, out, count);
    return count;
}

module.exports = { entry, rowRange, rowRangeInto };
