'use strict';
// rowInto, triangleInto and rowRangeInto write into the caller's Uint32Array
// as it really is, whatever its properties say: C writes as many entries as it is told the
// array holds, so a capacity read from a `length` the caller can redefine
// would let C write past the array. Each array here is a window into a larger
// buffer of sentinels, so that a write past it shows (rather than crashing).

const test = require('node:test');
const assert = require('node:assert/strict');
const pascal = require('libpascal');

const SENTINEL = 0xdeadbeef;
const BUFFER_ENTRIES = 16;
const START = 2; // the window's first entry in the buffer
const REAL = 4; // the window's entries
const CLAIMED = 12; // what a lie says it holds: still inside the buffer

// A window of REAL entries at entry START of a buffer of sentinels, made by
// `make(buffer, byteOffset, length)`.
function guarded(make = (buffer, byteOffset, length) => new Uint32Array(buffer, byteOffset, length)) {
    const buffer = new ArrayBuffer(BUFFER_ENTRIES * Uint32Array.BYTES_PER_ELEMENT);
    const all = new Uint32Array(buffer).fill(SENTINEL);
    const out = make(buffer, START * Uint32Array.BYTES_PER_ELEMENT, REAL);
    all.fill(0, START, START + REAL);
    return {
        out,
        inside: () => Array.from(all.subarray(START, START + REAL)),
        outside: () => [...all.subarray(0, START), ...all.subarray(START + REAL)],
    };
}

// [the window, given own byteOffset, byteLength and buffer properties that
// point at another, larger buffer; that buffer].
function lyingAboutWhereItIs(window) {
    const elsewhere = new ArrayBuffer(BUFFER_ENTRIES * Uint32Array.BYTES_PER_ELEMENT);
    Object.defineProperties(window.out, {
        byteOffset: { value: 0 },
        byteLength: { value: CLAIMED * Uint32Array.BYTES_PER_ELEMENT },
        buffer: { value: elsewhere },
    });
    return [window, elsewhere];
}

// For each call: a size whose entries fit the real array, and one whose
// entries fit only the lie.
const fills = [
    { name: 'rowInto', call: pascal.rowInto, fits: 4, tooBig: 12, entries: pascal.row, count: (n) => n },
    { name: 'triangleInto', call: pascal.triangleInto, fits: 2, tooBig: 4, entries: pascal.triangle,
        count: (rows) => rows * (rows + 1) / 2 },
];

// What every form of lie must leave true: a fitting call writes exactly the
// real array, a call too big for it writes nothing and returns the size needed.
function writesOnlyTheRealArray(fill, { out, inside, outside }) {
    const untouched = new Array(BUFFER_ENTRIES - REAL).fill(SENTINEL);
    const written = fill.entries(fill.fits);
    assert.equal(fill.call(fill.fits, out), fill.count(fill.fits));
    assert.deepEqual(inside(), [...written, ...new Array(REAL - written.length).fill(0)]);
    assert.deepEqual(outside(), untouched);
    assert.equal(fill.call(fill.tooBig, out), fill.count(fill.tooBig));
    assert.deepEqual(outside(), untouched, 'written past the real array');
    assert.deepEqual(inside(), [...written, ...new Array(REAL - written.length).fill(0)]);
}

for (const fill of fills) {
    test(`${fill.name}: a window into a larger ArrayBuffer is written at its byteOffset, within its length`, () => {
        writesOnlyTheRealArray(fill, guarded());
    });

    test(`${fill.name}: an own length property claiming more is not the capacity`, () => {
        const window = guarded();
        Object.defineProperty(window.out, 'length', { value: CLAIMED });
        assert.equal(window.out.length, CLAIMED);
        writesOnlyTheRealArray(fill, window);
    });

    test(`${fill.name}: a subclass whose length getter claims more is not believed`, () => {
        class Roomy extends Uint32Array {
            get length() {
                return CLAIMED;
            }
        }
        writesOnlyTheRealArray(fill, guarded((...args) => new Roomy(...args)));
    });

    test(`${fill.name}: own byteOffset, byteLength and buffer properties do not move the write`, () => {
        const [window, elsewhere] = lyingAboutWhereItIs(guarded());
        writesOnlyTheRealArray(fill, window);
        assert.deepEqual(Array.from(new Uint32Array(elsewhere)), new Array(BUFFER_ENTRIES).fill(0));
    });

    test(`${fill.name}: an array whose buffer was transferred holds nothing, whatever its length says`, () => {
        const buffer = new ArrayBuffer(BUFFER_ENTRIES * Uint32Array.BYTES_PER_ELEMENT);
        const out = new Uint32Array(buffer);
        structuredClone(buffer, { transfer: [buffer] });
        Object.defineProperty(out, 'length', { value: CLAIMED });
        // A size query, as for any array too small: not a write through the
        // NULL address a detached buffer has, nor an EINVAL.
        assert.equal(fill.call(fill.fits, out), fill.count(fill.fits));
    });

    test(`${fill.name}: what only looks like a Uint32Array is refused`, () => {
        const lookAlikes = {
            'an object with Uint32Array.prototype': Object.create(Uint32Array.prototype),
            'a Uint8Array given Uint32Array.prototype': Object.setPrototypeOf(new Uint8Array(16), Uint32Array.prototype),
            'an Int32Array given Uint32Array.prototype': Object.setPrototypeOf(new Int32Array(4), Uint32Array.prototype),
            'a Proxy of a Uint32Array': new Proxy(new Uint32Array(16), {}),
            'an object tagged Uint32Array': { [Symbol.toStringTag]: 'Uint32Array', length: 16 },
            'an address as a number': 4096,
            'an address as a bigint': 4096n,
        };
        for (const [what, out] of Object.entries(lookAlikes)) {
            assert.throws(() => fill.call(1, out), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }, what);
        }
    });
}

// rowRangeInto writes as many entries as `out` really holds: row N from
// entry K0, REAL entries, which fit in the row; the CLAIMED ones would not.
const N = 8;
const K0 = 3;

function writesTheRealWindow({ out, inside, outside }) {
    assert.equal(pascal.rowRangeInto(N, K0, out), REAL);
    assert.deepEqual(inside(), pascal.row(N).slice(K0, K0 + REAL));
    assert.deepEqual(outside(), new Array(BUFFER_ENTRIES - REAL).fill(SENTINEL), 'written past the real array');
}

test('rowRangeInto: a window into a larger ArrayBuffer is written at its byteOffset, within its length', () => {
    writesTheRealWindow(guarded());
});

test('rowRangeInto: an own length property claiming more is not the count', () => {
    const window = guarded();
    Object.defineProperty(window.out, 'length', { value: CLAIMED });
    writesTheRealWindow(window);
});

test('rowRangeInto: a subclass whose length getter claims more is not believed', () => {
    class Roomy extends Uint32Array {
        get length() {
            return CLAIMED;
        }
    }
    writesTheRealWindow(guarded((...args) => new Roomy(...args)));
});

test('rowRangeInto: own byteOffset, byteLength and buffer properties do not move the write', () => {
    const [window, elsewhere] = lyingAboutWhereItIs(guarded());
    writesTheRealWindow(window);
    assert.deepEqual(Array.from(new Uint32Array(elsewhere)), new Array(BUFFER_ENTRIES).fill(0));
});

test('rowRangeInto: an array whose buffer was transferred holds nothing, whatever its length says', () => {
    const buffer = new ArrayBuffer(BUFFER_ENTRIES * Uint32Array.BYTES_PER_ELEMENT);
    const out = new Uint32Array(buffer);
    structuredClone(buffer, { transfer: [buffer] });
    Object.defineProperty(out, 'length', { value: CLAIMED });
    // No entries to write: not a write through the NULL address a detached
    // buffer has, nor an EINVAL.
    assert.equal(pascal.rowRangeInto(N, K0, out), 0);
});

test('rowRangeInto: what only looks like a Uint32Array is refused', () => {
    const lookAlikes = [
        Object.create(Uint32Array.prototype),
        Object.setPrototypeOf(new Uint8Array(16), Uint32Array.prototype),
        new Proxy(new Uint32Array(4), {}),
        { [Symbol.toStringTag]: 'Uint32Array', length: 4 },
        4096,
        4096n,
    ];
    for (const out of lookAlikes) {
        assert.throws(() => pascal.rowRangeInto(N, K0, out), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    }
});

test('triangleRow counts the rows of a Uint32Array from its real length', () => {
    const triangle = new Uint32Array(pascal.triangle(3));
    Object.defineProperty(triangle, 'length', { value: 10 });
    assert.deepEqual(Array.from(pascal.triangleRow(triangle, 3)), pascal.row(3));
    assert.throws(() => pascal.triangleRow(triangle, 4), RangeError);
    const lookAlike = Object.setPrototypeOf(new Uint8Array(pascal.triangle(3)), Uint32Array.prototype);
    assert.throws(() => pascal.triangleRow(lookAlike, 1), TypeError);
});
