'use strict';
// Rows and triangles, copied into arrays and written into the caller's buffer.

const test = require('node:test');
const assert = require('node:assert/strict');
const pascal = require('libpascal');
const { countFrees } = require('./helpers');

test('row(n) returns the n entries of row n as numbers', () => {
    assert.deepEqual(pascal.row(1), [1]);
    assert.deepEqual(pascal.row(5), [1, 4, 6, 4, 1]);
    assert.deepEqual(pascal.row(10), [1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
});

test('entries read as unsigned 32-bit: C(34, 17) = 2333606220', () => {
    assert.equal(pascal.row(35)[17], 2333606220);
    assert.equal(pascal.rowView(35).array[17], 2333606220);
});

test('entries past ROW_EXACT_MAX wrap modulo 2^32', () => {
    assert.equal(pascal.ROW_EXACT_MAX, 35);
    // C(35, 17) = 4537567650, minus 2^32.
    assert.equal(pascal.row(36)[17], 4537567650 - 2 ** 32);
});

test('row(0) is the empty row, not an error', () => {
    assert.deepEqual(pascal.row(0), []);
    assert.deepEqual(pascal.triangle(0), []);
});

test('a bigint size works as a number does', () => {
    assert.deepEqual(pascal.row(5n), pascal.row(5));
    assert.deepEqual(pascal.triangle(3n), pascal.triangle(3));
});

test('row(n) hands the C array back to libpascal before it returns', (t) => {
    const frees = countFrees(t);
    pascal.row(1234);
    pascal.triangle(49); // 1225 entries
    assert.equal(frees.ofSize(1234), 1);
    assert.equal(frees.ofSize(1225), 1);
});

test('triangle(rows) holds rows 1..rows one after another', () => {
    assert.deepEqual(pascal.triangle(4), [1, 1, 1, 1, 2, 1, 1, 3, 3, 1]);
    const flat = pascal.triangle(40);
    assert.equal(flat.length, 40 * 41 / 2);
    for (let r = 1; r <= 40; r++) {
        assert.deepEqual(flat.slice(r * (r - 1) / 2, r * (r + 1) / 2), pascal.row(r));
    }
});

test('triangleRow(triangle, r) gives row r: a copy of an array, a subarray of a Uint32Array', () => {
    const flat = pascal.triangle(6);
    assert.deepEqual(pascal.triangleRow(flat, 6), pascal.row(6));
    assert.deepEqual(pascal.triangleRow(flat, 1), [1]);
    const typed = new Uint32Array(flat);
    const sixth = pascal.triangleRow(typed, 6);
    assert.deepEqual(Array.from(sixth), pascal.row(6));
    assert.equal(sixth.buffer, typed.buffer);
});

test('triangleRow rejects a row outside 1..rows and a length that is no triangle', () => {
    const flat = pascal.triangle(3);
    assert.throws(() => pascal.triangleRow(flat, 0), RangeError);
    assert.throws(() => pascal.triangleRow(flat, 4), RangeError);
    assert.throws(() => pascal.triangleRow(flat, 1.5), RangeError);
    assert.throws(() => pascal.triangleRow([1, 1], 1), RangeError);
    assert.throws(() => pascal.triangleRow('111', 1), TypeError);
});

test('rowInto(n, out) writes row n into out and returns n', () => {
    const out = new Uint32Array(12).fill(7);
    assert.equal(pascal.rowInto(10, out), 10);
    assert.deepEqual(Array.from(out), [...pascal.row(10), 7, 7]);
});

test('rowInto writes at the subarray it is given', () => {
    const whole = new Uint32Array(8);
    assert.equal(pascal.rowInto(3, whole.subarray(2, 5)), 3);
    assert.deepEqual(Array.from(whole), [0, 0, 1, 2, 1, 0, 0, 0]);
});

test('rowInto writes nothing into a buffer too small, and returns the size needed', () => {
    const out = new Uint32Array(4).fill(7);
    assert.equal(pascal.rowInto(5, out), 5);
    assert.deepEqual(Array.from(out), [7, 7, 7, 7]);
    assert.equal(pascal.rowInto(5, new Uint32Array(0)), 5);
});

test('rowInto returns a bigint for a bigint n', () => {
    assert.equal(pascal.rowInto(3n, new Uint32Array(3)), 3n);
    assert.equal(pascal.rowInto(2n ** 62n, new Uint32Array(0)), 2n ** 62n);
});

test('triangleInto(rows, out) writes the triangle and returns its entry count', () => {
    const out = new Uint32Array(10);
    assert.equal(pascal.triangleInto(4, out), 10);
    assert.deepEqual(Array.from(out), pascal.triangle(4));
    const small = new Uint32Array(9).fill(7);
    assert.equal(pascal.triangleInto(4, small), 10);
    assert.deepEqual(Array.from(small), new Array(9).fill(7));
    assert.equal(pascal.triangleInto(4n, out), 10n);
});

test('a count past 2^53 - 1 comes back only as a bigint', () => {
    const rows = 2 ** 27; // 2^53 + 2^26 entries
    assert.throws(() => pascal.triangleInto(rows, new Uint32Array(0)), { name: 'RangeError', message: /bigint/ });
    assert.equal(pascal.triangleInto(BigInt(rows), new Uint32Array(0)), BigInt(rows) * BigInt(rows + 1) / 2n);
});
