'use strict';
// Bad sizes are refused before C; what libpascal reports becomes a
// PascalError named by its errno code. Nothing here may crash the process.

const test = require('node:test');
const assert = require('node:assert/strict');
const os = require('node:os');
const pascal = require('libpascal');

const sized = {
    row: (n) => pascal.row(n),
    rowView: (n) => pascal.rowView(n),
    rowInto: (n) => pascal.rowInto(n, new Uint32Array(1)),
    triangle: (n) => pascal.triangle(n),
    triangleView: (n) => pascal.triangleView(n),
    triangleInto: (n) => pascal.triangleInto(n, new Uint32Array(1)),
};

test('a negative, fractional, non-finite or unsafe size is a RangeError, before C', () => {
    for (const [name, call] of Object.entries(sized)) {
        for (const bad of [-1, -0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 62, -1n, 2n ** 64n]) {
            assert.throws(() => call(bad), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' }, `${name}(${bad})`);
        }
    }
});

test('a size that is not a number or a bigint is a TypeError', () => {
    for (const [name, call] of Object.entries(sized)) {
        for (const bad of ['3', null, undefined, {}, [3], true]) {
            assert.throws(() => call(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }, `${name}(${bad})`);
        }
    }
});

test('rowInto and triangleInto take a Uint32Array only', () => {
    for (const bad of [new Int32Array(3), new Float64Array(3), [0, 0, 0], new ArrayBuffer(12), null]) {
        assert.throws(() => pascal.rowInto(3, bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
        assert.throws(() => pascal.triangleInto(2, bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    }
});

test('n = 2^62 is PascalError ENOMEM, not a crash', () => {
    for (const name of ['row', 'rowView', 'triangle', 'triangleView']) {
        assert.throws(() => sized[name](2n ** 62n), (error) => {
            assert.ok(error instanceof pascal.PascalError, name);
            assert.ok(error instanceof Error);
            assert.equal(error.code, 'ENOMEM');
            assert.equal(error.errno, os.constants.errno.ENOMEM);
            assert.match(error.message, /ENOMEM/);
            return true;
        });
    }
});

test('the largest safe number of entries is PascalError ENOMEM too', () => {
    assert.throws(() => pascal.row(Number.MAX_SAFE_INTEGER), { name: 'PascalError', code: 'ENOMEM' });
});

test('a triangle whose entry count overflows size_t is PascalError EOVERFLOW from triangleInto', () => {
    assert.throws(() => pascal.triangleInto(2n ** 62n, new Uint32Array(1)), (error) => {
        assert.ok(error instanceof pascal.PascalError);
        assert.equal(error.code, 'EOVERFLOW');
        assert.equal(error.errno, os.constants.errno.EOVERFLOW);
        return true;
    });
});

test('PascalError explains each of the library\'s four codes: EINVAL, ENOMEM, EOVERFLOW, EDOM', () => {
    for (const code of ['EINVAL', 'ENOMEM', 'EOVERFLOW', 'EDOM']) {
        const error = new pascal.PascalError('pascal_row_alloc', os.constants.errno[code]);
        assert.equal(error.code, code);
        assert.equal(error.name, 'PascalError');
        assert.match(error.message, new RegExp(`^pascal_row_alloc failed: ${code} \\(`));
        assert.doesNotMatch(error.message, /unexpected error/, code);
    }
    assert.match(new pascal.PascalError('pascal_row_alloc', os.constants.errno.EPERM).message, /EPERM \(unexpected error\)/);
});

test('after an error the package works as before', () => {
    assert.throws(() => pascal.row(2n ** 62n), pascal.PascalError);
    assert.deepEqual(pascal.row(3), [1, 2, 1]);
});
