// Type declarations for libpascal (index.js). Sizes are size_t: a
// non-negative safe-integer number, or a bigint for the whole size_t range.
// Functions that return a count return it in the type of the size passed.
// Row indices and indices into a row (entry, rowRange, rowRangeInto) are
// uint64_t: a number up to 2^53 - 1, or a bigint up to 2^64 - 1.

/// <reference lib="esnext.disposable" />

/** Row n (counted from 1) as numbers: entry k is C(n-1, k) mod 2^32. The C array is freed before this returns. */
export function row(n: number | bigint): number[];

/** Row n as a view over libpascal's memory, no copy; freed by dispose() or when collected. */
export function rowView(n: number | bigint): RowView;

/**
 * Writes row n into out when it holds n entries or more, else writes nothing (a size query).
 * What out holds is its real length: an own `length` property or a subclass getter is not believed.
 * @returns n, the entries row n has.
 */
export function rowInto(n: number, out: Uint32Array): number;
export function rowInto(n: bigint, out: Uint32Array): bigint;
export function rowInto(n: number | bigint, out: Uint32Array): number | bigint;

/** Rows 1..rows one after another, rows * (rows + 1) / 2 numbers; row r starts at r * (r - 1) / 2. */
export function triangle(rows: number | bigint): number[];

/** The triangle as a view over libpascal's memory, no copy; freed by dispose() or when collected. */
export function triangleView(rows: number | bigint): TriangleView;

/**
 * Writes rows 1..rows into out when it is large enough, else writes nothing (a size query).
 * @returns rows * (rows + 1) / 2; a PascalError EOVERFLOW when that does not fit in size_t.
 */
export function triangleInto(rows: number, out: Uint32Array): number;
export function triangleInto(rows: bigint, out: Uint32Array): bigint;
export function triangleInto(rows: number | bigint, out: Uint32Array): number | bigint;

/** Row r (1 to rows) of a triangle: a copy of an array's entries, a subarray (no copy) of a Uint32Array's. */
export function triangleRow(triangle: readonly number[], r: number): number[];
export function triangleRow(triangle: Uint32Array, r: number): Uint32Array;

/**
 * Entry k of row n, C(n-1, k) mod 2^32, without the row: any n up to 2^64 - 1 (as a bigint past 2^53 - 1).
 * A RangeError (code ERR_OUT_OF_RANGE) for k >= n, before C.
 */
export function entry(n: number | bigint, k: number | bigint): number;

/**
 * Entries k0 .. k0+count-1 of row n, in a new Uint32Array of count entries: JavaScript's memory, filled
 * by libpascal in place, with nothing to free. A RangeError for a range leaving the row (k0 + count > n),
 * or a count no Uint32Array can hold, before C.
 */
export function rowRange(n: number | bigint, k0: number | bigint, count: number | bigint): Uint32Array;

/**
 * Writes entries k0 .. k0+out.length-1 of row n into out, all of it: its real length, not an own
 * `length` property or a subclass getter. A RangeError when those leave the row, before C.
 * @returns the entries written, out's real length.
 */
export function rowRangeInto(n: number | bigint, k0: number | bigint, out: Uint32Array): number;

/** The loaded library's version, "MAJOR.MINOR.PATCH". */
export function version(): string;

/** The loaded library's version as MAJOR * 10000 + MINOR * 100 + PATCH. */
export function versionNumber(): number;

/** The largest n whose entries are all exact binomial coefficients (35). */
export const ROW_EXACT_MAX: number;

/** The path of the libpascal this package loaded (PASCAL_LIBRARY, PASCAL_LIBDIR or its platform package). */
export const libraryPath: string;

/** A failure libpascal reported, named by its errno code: one of the four the library reports. */
export class PascalError extends Error {
    constructor(call: string, errno: number);
    readonly name: 'PascalError';
    readonly code: 'EINVAL' | 'ENOMEM' | 'EOVERFLOW' | 'EDOM' | (string & {});
    readonly errno: number;
}

/** Thrown when a view is used after dispose(). */
export class DisposedError extends Error {
    readonly name: 'DisposedError';
    readonly code: 'ERR_PASCAL_DISPOSED';
}

/**
 * Entries in libpascal's memory. Only this object checks for dispose(): a Uint32Array taken from it
 * does not: read after dispose(), it reads freed memory, which can be a segmentation fault (and is
 * for arrays of 32 MiB and more, which dispose() unmaps). See docs/bindings/node.md.
 */
export class View implements Disposable {
    protected constructor();
    /** The entries, a Uint32Array over libpascal's memory; throws DisposedError once disposed. */
    readonly array: Uint32Array;
    /** array.length; throws DisposedError once disposed. */
    readonly length: number;
    readonly disposed: boolean;
    /** A copy of the entries; throws DisposedError once disposed. */
    toArray(): number[];
    /** Hands the memory back to libpascal now; later calls do nothing. */
    dispose(): void;
    [Symbol.dispose](): void;
}

export class RowView extends View {}

export class TriangleView extends View {
    readonly rows: number;
    /** Row r (1 to rows): a subarray of array, no copy; throws DisposedError once disposed. */
    row(r: number): Uint32Array;
}
