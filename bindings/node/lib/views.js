'use strict';
// Zero-copy views: a Uint32Array over the array libpascal allocated, handed
// back to libpascal's pascal_array_free exactly once, by dispose() or, failing
// that, once the ArrayBuffer is collected.
//
// The finalizer watches the ArrayBuffer, not the view object: the buffer is
// what reaches the memory, and a caller may keep only `view.array` or
// `view.array.buffer` and drop the view. Watching the view would free memory
// those still read.

const koffi = require('koffi');
const native = require('./native');
const { DisposedError, PascalError } = require('./errors');
const { isUint32Array, entriesOf } = require('./arrays');

// `owner` is what the finalizer and dispose() share: the pascal_array koffi
// filled, which pascal_array_free empties as it frees it, so whichever of the
// two comes second finds nothing to free. It must not reach the ArrayBuffer,
// or the buffer would never be collected.
function release(owner) {
    if (owner.size !== 0) {
        native.arrayFree(owner);
    }
}

const collected = new FinalizationRegistry(release);

class View {
    #array;
    #owner;

    constructor(array, owner) {
        this.#array = array;
        this.#owner = owner;
    }

    /** The entries, a Uint32Array over libpascal's memory; throws once disposed. */
    get array() {
        if (this.#array === null) {
            throw new DisposedError(this.constructor.name);
        }
        return this.#array;
    }

    get length() {
        return this.array.length;
    }

    get disposed() {
        return this.#array === null;
    }

    /** A copy of the entries as numbers. */
    toArray() {
        return Array.from(this.array);
    }

    /** Frees the memory now; later calls do nothing. */
    dispose() {
        if (this.#array === null) {
            return;
        }
        this.#array = null;
        collected.unregister(this.#owner);
        release(this.#owner);
    }

    [Symbol.dispose]() {
        this.dispose();
    }
}

class RowView extends View {}

class TriangleView extends View {
    #rows;

    constructor(array, owner, rows) {
        super(array, owner);
        this.#rows = rows;
    }

    get rows() {
        return this.#rows;
    }

    /** Row r (1 to rows) of the triangle: a subarray of `array`, no copy. */
    row(r) {
        return triangleRow(this.array, r);
    }
}

// A view over what a *_alloc call put in `out`, or the PascalError for its code.
function viewOf(ViewClass, call, code, out, ...extra) {
    if (code !== 0) {
        throw new PascalError(call, code);
    }
    if (out.size === 0) {
        return new ViewClass(new Uint32Array(0), out, ...extra);
    }
    try {
        const buffer = koffi.view(out.data, out.size * Uint32Array.BYTES_PER_ELEMENT);
        collected.register(buffer, out, out);
        return new ViewClass(new Uint32Array(buffer), out, ...extra);
    } catch (error) {
        // No view was made (a runtime without external buffers): free now.
        collected.unregister(out);
        release(out);
        throw error;
    }
}

// The number of rows of a triangle of `length` entries, or -1.
function rowsOf(length) {
    const rows = Math.round((Math.sqrt(8 * length + 1) - 1) / 2);
    return rows * (rows + 1) / 2 === length ? rows : -1;
}

// A Uint32Array's rows are counted from its real length (lib/arrays.js): an
// own `length` would otherwise pick the wrong rows, silently.
function triangleRow(triangle, r) {
    const typed = isUint32Array(triangle);
    if (!typed && !Array.isArray(triangle)) {
        throw new TypeError('triangle must be an array or a Uint32Array');
    }
    const length = typed ? entriesOf(triangle) : triangle.length;
    const rows = rowsOf(length);
    if (rows < 0) {
        throw new RangeError(`${length} entries is not a triangle (rows * (rows + 1) / 2 entries)`);
    }
    if (!Number.isInteger(r) || r < 1 || r > rows) {
        throw new RangeError(`r must be an integer from 1 to ${rows}, got ${String(r)}`);
    }
    const start = r * (r - 1) / 2;
    return typed ? triangle.subarray(start, start + r) : triangle.slice(start, start + r);
}

module.exports = { View, RowView, TriangleView, viewOf, triangleRow };
