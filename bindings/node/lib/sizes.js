'use strict';
// Sizes are checked here, before C: koffi would turn -1 into SIZE_MAX, 1.5
// into 1 and 2^64 into 0 without a word.

const koffi = require('koffi');

const SIZE_MAX = 2n ** BigInt(8 * koffi.sizeof('size_t')) - 1n;

function outOfRange(message) {
    const error = new RangeError(message);
    error.code = 'ERR_OUT_OF_RANGE';
    return error;
}

// A size_t from a number (a non-negative safe integer) or a bigint (0 to
// SIZE_MAX, for sizes past 2^53 - 1). Returns it unchanged.
function toSize(value, name) {
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
        if (BigInt(value) > SIZE_MAX) {
            throw outOfRange(`${name} = ${value} does not fit in size_t`);
        }
        return value;
    }
    if (typeof value === 'bigint') {
        if (value < 0n || value > SIZE_MAX) {
            throw outOfRange(`${name} must be from 0 to ${SIZE_MAX}, got ${value}n`);
        }
        return value;
    }
    const error = new TypeError(`${name} must be a number or a bigint, got ${value === null ? 'null' : typeof value}`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
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

module.exports = { toSize, countAs };
