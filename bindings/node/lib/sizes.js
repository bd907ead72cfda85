'use strict';
// Sizes and row indices are checked here, before C: koffi would turn -1 into
// SIZE_MAX, 1.5 into 1 and 2^64 into 0 without a word.

const koffi = require('koffi');

const SIZE_MAX = 2n ** BigInt(8 * koffi.sizeof('size_t')) - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

function outOfRange(message, options) {
    const error = new RangeError(message, options);
    error.code = 'ERR_OUT_OF_RANGE';
    return error;
}

// An integer from 0 to `max` (a C type named `type`): a non-negative safe
// integer number, or a bigint for values past 2^53 - 1. Returns it unchanged.
function toUnsigned(value, name, max, type) {
    if (typeof value === 'number') {
        if (!Number.isInteger(value)) {
            throw outOfRange(`${name} must be an integer, got ${value}`);
        }
        if (value < 0) {
            throw outOfRange(`${name} must not be negative, got ${value}`);
        }
        if (!Number.isSafeInteger(value)) {
            throw outOfRange(`${name} = ${value} is past Number.MAX_SAFE_INTEGER and may not be exact: pass a bigint`);
        }
        if (BigInt(value) > max) {
            throw outOfRange(`${name} = ${value} does not fit in ${type}`);
        }
        return value;
    }
    if (typeof value === 'bigint') {
        if (value < 0n || value > max) {
            throw outOfRange(`${name} must be from 0 to ${max}, got ${value}n`);
        }
        return value;
    }
    const error = new TypeError(`${name} must be a number or a bigint, got ${value === null ? 'null' : typeof value}`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
}

// A size_t (a row's or a triangle's size, a count of entries).
function toSize(value, name) {
    return toUnsigned(value, name, SIZE_MAX, 'size_t');
}

// A row index or an index into a row: uint64_t in C on every platform, so a
// bigint reaches 2^64 - 1 also where size_t has 32 bits.
function toIndex(value, name) {
    return toUnsigned(value, name, UINT64_MAX, 'uint64_t');
}

// A count C returned (koffi gives a number, or a bigint past 2^53 - 1), in
// the type the caller passed: a bigint for a bigint, else an exact number.
function countAs(count, like, what) {
    if (typeof like === 'bigint') {
        return BigInt(count);
    }
    if (typeof count === 'bigint') {
        throw outOfRange(`${what} is ${count}, past Number.MAX_SAFE_INTEGER: pass the size as a bigint`);
    }
    return count;
}

module.exports = { toSize, toIndex, countAs, outOfRange };
