'use strict';
// Bad sizes, indices and ranges are refused before C; what libpascal reports
// becomes a PascalError named by its errno code. Nothing here may crash the
// process.

const test = require('node:test');
const assert = require('node:assert/strict');
const os = require('node:os');
const pascal = require('libpascal');
const { callsTo } = require('./helpers');

const sized = {
    row: (n) => pascal.row(n),
    rowView: (n) => pascal.rowView(n),
    rowInto: (n) => pascal.rowInto(n, new Uint32Array(1)),
    triangle: (n) => pascal.triangle(n),
    triangleView: (n) => pascal.triangleView(n),
    triangleInto: (n) => pascal.triangleInto(n, new Uint32Array(1)),
};

// Each argument of the range calls, given `bad` in its place; the others are
// valid (a row of 10 entries, a range of 2 from entry 3).
const indexed = {
    'entry n': (bad) => pascal.entry(bad, 0),
    'entry k': (bad) => pascal.entry(10, bad),
    'rowRange n': (bad) => pascal.rowRange(bad, 0, 0),
    'rowRange k0': (bad) => pascal.rowRange(10, bad, 0),
    'rowRange count': (bad) => pascal.rowRange(10, 0, bad),
    'rowRangeInto n': (bad) => pascal.rowRangeInto(bad, 0, new Uint32Array(0)),
    'rowRangeInto k0': (bad) => pascal.rowRangeInto(10, bad, new Uint32Array(0)),
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

test('a negative, fractional, non-finite or unsafe index or count is a RangeError naming it, before C', (t) => {
    const entries = callsTo(t, 'entry');
    const ranges = callsTo(t, 'rowRange');
    for (const [name, call] of Object.entries(indexed)) {
        const argument = name.split(' ')[1];
        // 2^53 is exactly representable, so the error is that it may not be what was written.
        for (const bad of [-1, -0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 64, -1n]) {
            assert.throws(() => call(bad), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
                message: new RegExp(`^${argument} `) }, `${name} = ${bad}`);
        }
    }
    assert.equal(entries.count() + ranges.count(), 0);
});

test('a row index or entry index past 2^64 - 1, or a count past SIZE_MAX, is a RangeError', () => {
    for (const [name, call] of Object.entries(indexed)) {
        assert.throws(() => call(2n ** 64n), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: /18446744073709551616/ },
            name);
    }
});

test('an index or count that is not a number or a bigint is a TypeError', () => {
    for (const [name, call] of Object.entries(indexed)) {
        for (const bad of ['3', null, undefined, {}, [3], true]) {
            assert.throws(() => call(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }, `${name} = ${bad}`);
        }
    }
});

test('entry(n, k) with k >= n is a RangeError naming both, before C', (t) => {
    const calls = callsTo(t, 'entry');
    for (const [n, k] of [[5, 5], [5, 9], [0, 0], [2n ** 64n - 1n, 2n ** 64n - 1n]]) {
        assert.throws(() => pascal.entry(n, k), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
            message: new RegExp(`k = ${k} is not an index of row ${n}, which has ${n} entries`) });
    }
    assert.equal(calls.count(), 0);
});

test('a range leaving the row is a RangeError naming it, before C, and nothing is written', (t) => {
    const calls = callsTo(t, 'rowRange');
    const cases = [[5, 3, 3], [5, 6, 0], [0, 0, 1], [2n ** 64n - 1n, 2n ** 64n - 2n, 2], [2n ** 64n - 1n, 1, 2n ** 64n - 1n]];
    for (const [n, k0, count] of cases) {
        const message = new RegExp(`k0 = ${k0}, count = ${count} leaves row ${n}, which has ${n} entries`);
        assert.throws(() => pascal.rowRange(n, k0, count), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message });
    }
    const out = new Uint32Array(3).fill(7);
    assert.throws(() => pascal.rowRangeInto(5, 3, out), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
        message: /k0 = 3, count = 3 leaves row 5, which has 5 entries/ });
    assert.deepEqual(Array.from(out), [7, 7, 7]);
    assert.equal(calls.count(), 0);
});

test('a count no Uint32Array can hold is a RangeError naming it, before C', (t) => {
    const calls = callsTo(t, 'rowRange');
    for (const count of [2n ** 60n, Number.MAX_SAFE_INTEGER]) {
        assert.throws(() => pascal.rowRange(2n ** 64n - 1n, 0, count), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
            message: new RegExp(`count = ${count} entries cannot be a Uint32Array`) });
    }
    assert.equal(calls.count(), 0);
});

test('rowInto, triangleInto and rowRangeInto take a Uint32Array only', () => {
    for (const bad of [new Int32Array(3), new Float64Array(3), [0, 0, 0], new ArrayBuffer(12), null]) {
        assert.throws(() => pascal.rowInto(3, bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
        assert.throws(() => pascal.triangleInto(2, bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
        assert.throws(() => pascal.rowRangeInto(3, 0, bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
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

// The library reports exactly four codes. ENOMEM and EOVERFLOW are reached
// through the public API above. EDOM and EINVAL are the caller's to prevent,
// and the package prevents them before C (the tests above), so these reach C
// through the layer below those checks: native.entry and native.rowRange,
// called with arguments the package would refuse, in place of the ones it
// passed. The public function then reports what C said.
test('EDOM from C (an index outside the row) is PascalError EDOM, though the package checks first', (t) => {
    callsTo(t, 'entry', (real, n, k, out) => real(n, n, out));
    callsTo(t, 'rowRange', (real, n, k0, out, count) => real(n, n, out, count));
    const isEDOM = (call) => (error) => {
        assert.ok(error instanceof pascal.PascalError, call);
        assert.equal(error.code, 'EDOM');
        assert.equal(error.errno, os.constants.errno.EDOM);
        assert.match(error.message, /^pascal_(entry|row_range)\(.*\) failed: EDOM \(an entry index is not in row n: k >= n, or k0 \+ count > n\)/);
        return true;
    };
    assert.throws(() => pascal.entry(5, 2), isEDOM('entry'));
    assert.throws(() => pascal.rowRange(5, 1, 2), isEDOM('rowRange'));
    assert.throws(() => pascal.rowRangeInto(5, 1, new Uint32Array(2)), isEDOM('rowRangeInto'));
});

test('EINVAL from C (a NULL output) is PascalError EINVAL, though the package never passes one', (t) => {
    callsTo(t, 'entry', (real, n, k) => real(n, k, null));
    callsTo(t, 'rowRange', (real, n, k0, out, count) => real(n, k0, null, count));
    const isEINVAL = { name: 'PascalError', code: 'EINVAL', errno: os.constants.errno.EINVAL };
    assert.throws(() => pascal.entry(5, 2), isEINVAL);
    assert.throws(() => pascal.rowRange(5, 1, 2), isEINVAL);
    assert.throws(() => pascal.rowRangeInto(5, 1, new Uint32Array(2)), isEINVAL);
});

test('PascalError names and explains every code pascal.h\'s Errors block lists', () => {
    const listed = Object.keys(require('../lib/declarations').errors);
    assert.deepEqual(listed, ['EINVAL', 'ENOMEM', 'EOVERFLOW', 'EDOM']); // as docs/bindings/node.md documents them
    for (const code of listed) {
        assert.ok(os.constants.errno[code], `${code} has no number on this platform`);
        const error = new pascal.PascalError('pascal_row_alloc', os.constants.errno[code]);
        assert.equal(error.code, code);
        assert.equal(error.name, 'PascalError');
        assert.match(error.message, new RegExp(`^pascal_row_alloc failed: ${code} \\(`));
        assert.doesNotMatch(error.message, /unexpected error/, code);
    }
    assert.match(new pascal.PascalError('pascal_row_alloc', os.constants.errno.EPERM).message, /EPERM \(unexpected error\)/);
});

test('a failure with no errno set is still a PascalError, saying so', () => {
    // What a misread errno looked like (koffi's UCRT errno beside a msvcrt
    // DLL on Windows): 0, which must not turn into some other exception.
    const error = new pascal.PascalError('pascal_triangle_into', 0);
    assert.equal(error.name, 'PascalError');
    assert.equal(error.errno, 0);
    assert.equal(error.code, 'UNKNOWN');
    assert.match(error.message, /^pascal_triangle_into failed: UNKNOWN \(errno was not set\)/);
});

test('after an error the package works as before', () => {
    assert.throws(() => pascal.row(2n ** 62n), pascal.PascalError);
    assert.deepEqual(pascal.row(3), [1, 2, 1]);
});
