'use strict';
// Any entry and any range of any row n < 2^64, without the row. Values are
// checked against binomials computed here with bigints, not by libpascal.

const test = require('node:test');
const assert = require('node:assert/strict');
const pascal = require('libpascal');
const { countFrees } = require('./helpers');

const MODULUS = 2n ** 32n;
const UINT64_MAX = 2n ** 64n - 1n;

// C(m, j) mod 2^32 from C(m, i + 1) = C(m, i) (m - i) / (i + 1), exact in
// bigints at every step: for small j, whatever m is.
function binomialMod(m, j) {
    let value = 1n;
    for (let i = 0n; i < BigInt(j); i++) {
        value = (value * (m - i)) / (i + 1n);
    }
    return Number(value % MODULUS);
}

// Rows 1..count by the recurrence, exact in bigints, each entry then mod 2^32.
function referenceRows(count) {
    const rows = [];
    let row = [1n];
    for (let n = 1; n <= count; n++) {
        rows.push(row.map((value) => Number(value % MODULUS)));
        row = [1n, ...row.slice(1).map((value, i) => value + row[i]), 1n];
    }
    return rows;
}

// Rows past 2^53 - 1 (a bigint is the only way to name them), near 2^63 and at the top of uint64.
const LARGE_ROWS = [2n ** 53n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 63n + 1n, UINT64_MAX - 1n, UINT64_MAX];
const EDGE = 40; // entries checked at each end of a large row

test('entry(n, k) is C(n-1, k) mod 2^32 for every entry of rows 1 to 100', () => {
    referenceRows(100).forEach((expected, index) => {
        const n = index + 1;
        assert.deepEqual(expected.map((_, k) => pascal.entry(n, k)), expected, `row ${n}`);
    });
});

test('entry(n, k) is C(n-1, k) mod 2^32 at both ends of rows up to 2^64 - 1', () => {
    for (const n of LARGE_ROWS) {
        for (let j = 0n; j <= EDGE; j++) {
            // C(n-1, n-1-j) = C(n-1, j): the reference at the far end too.
            assert.equal(pascal.entry(n, j), binomialMod(n - 1n, j), `entry(${n}, ${j})`);
            assert.equal(pascal.entry(n, n - 1n - j), binomialMod(n - 1n, j), `entry(${n}, ${n - 1n - j})`);
        }
    }
});

test('rows are symmetric: entry(n, k) = entry(n, n-1-k), anywhere in rows up to 2^64 - 1', () => {
    for (const n of [...LARGE_ROWS, 2n ** 40n + 12345n, 1000001n]) {
        for (const k of [n / 2n, n / 3n, n / 2n - 1n, (n / 7n) * 3n, 2n ** 32n + 1n].filter((k) => k < n)) {
            assert.equal(pascal.entry(n, k), pascal.entry(n, n - 1n - k), `row ${n}, k = ${k}`);
        }
    }
});

test('entry takes numbers or bigints alike and returns a number', () => {
    assert.equal(pascal.entry(35, 17), 2333606220);
    assert.equal(pascal.entry(35n, 17n), 2333606220);
    assert.equal(pascal.entry(35, 17n), 2333606220);
    // The largest row a number can name: C(2^53 - 2, 1) = 2^53 - 2, which is -2 mod 2^32.
    assert.equal(pascal.entry(Number.MAX_SAFE_INTEGER, 1), 2 ** 32 - 2);
    assert.equal(typeof pascal.entry(UINT64_MAX, 1n), 'number');
});

test('rowRange(n, k0, count) is entries k0 to k0+count-1 of row(n)', () => {
    for (const n of [1, 37, 3000]) {
        const row = pascal.row(n);
        for (const [k0, count] of [[0, n], [0, 1], [n - 1, 1], [Math.floor(n / 3), Math.ceil(n / 2)]]) {
            assert.deepEqual(Array.from(pascal.rowRange(n, k0, count)), row.slice(k0, k0 + count), `row ${n}, ${k0} + ${count}`);
        }
    }
    assert.deepEqual(Array.from(pascal.rowRange(3000n, 1000n, 7n)), pascal.row(3000).slice(1000, 1007));
});

test('rowRange at both ends of rows up to 2^64 - 1 is C(n-1, k) mod 2^32', () => {
    const count = EDGE + 1;
    for (const n of LARGE_ROWS) {
        const ends = Array.from({ length: count }, (_, j) => binomialMod(n - 1n, j));
        assert.deepEqual(Array.from(pascal.rowRange(n, 0, count)), ends, `start of row ${n}`);
        assert.deepEqual(Array.from(pascal.rowRange(n, n - BigInt(count), count)), ends.reverse(), `end of row ${n}`);
    }
});

test('rowRange anywhere in a large row has the entries entry() gives', () => {
    for (const [n, k0] of [[2n ** 63n + 5n, 2n ** 62n], [UINT64_MAX, UINT64_MAX / 2n - 50n], [2n ** 40n, 2n ** 32n - 30n]]) {
        const range = pascal.rowRange(n, k0, 100);
        assert.deepEqual(Array.from(range), Array.from({ length: 100 }, (_, i) => pascal.entry(n, k0 + BigInt(i))));
    }
});

test('rowRange returns a new Uint32Array of count entries, JavaScript\'s own: libpascal frees nothing', (t) => {
    const frees = countFrees(t);
    const first = pascal.rowRange(3001, 100, 50);
    const second = pascal.rowRange(3001, 100, 50);
    assert.ok(first instanceof Uint32Array);
    assert.equal(first.length, 50);
    assert.equal(first.byteOffset, 0);
    assert.equal(first.buffer.byteLength, 50 * Uint32Array.BYTES_PER_ELEMENT);
    assert.notEqual(first.buffer, second.buffer);
    assert.equal(frees.ofSize(50), 0);
});

test('a range of no entries is an empty Uint32Array, from any k0 up to n', () => {
    for (const [n, k0] of [[0, 0], [5, 0], [5, 5], [UINT64_MAX, UINT64_MAX]]) {
        const range = pascal.rowRange(n, k0, 0);
        assert.ok(range instanceof Uint32Array);
        assert.equal(range.length, 0);
    }
});

test('rowRangeInto(n, k0, out) fills all of out from entry k0 and returns out\'s length', () => {
    const out = new Uint32Array(40).fill(7);
    assert.equal(pascal.rowRangeInto(3000, 1200, out), 40);
    assert.deepEqual(Array.from(out), pascal.row(3000).slice(1200, 1240));
    assert.equal(pascal.rowRangeInto(UINT64_MAX, UINT64_MAX - 3n, out.subarray(0, 3)), 3);
    assert.deepEqual(Array.from(out.subarray(0, 3)), [2, 1, 0].map((j) => binomialMod(UINT64_MAX - 1n, j)));
});

test('rowRangeInto writes at the subarray it is given', () => {
    const whole = new Uint32Array(8);
    assert.equal(pascal.rowRangeInto(5, 1, whole.subarray(2, 5)), 3);
    assert.deepEqual(Array.from(whole), [0, 0, 4, 6, 4, 0, 0, 0]);
});

test('rowRangeInto into an empty out writes nothing and returns 0, from any k0 up to n', () => {
    assert.equal(pascal.rowRangeInto(5, 5, new Uint32Array(0)), 0);
    assert.equal(pascal.rowRangeInto(UINT64_MAX, 0, new Uint32Array(0)), 0);
});
