// What a TypeScript user writes against index.d.ts: it must type-check, and
// each line marked @ts-expect-error must not (tsc fails on a mark it does
// not need, so a declaration that got looser fails this check too).
import {
    row, rowView, rowInto, triangle, triangleView, triangleInto, triangleRow, entry, rowRange, rowRangeInto,
    version, versionNumber, ROW_EXACT_MAX, libraryPath, PascalError, DisposedError, RowView, TriangleView,
} from 'libpascal';

const copied: number[] = row(10);
const huge: number[] = row(2n ** 62n);
const view: RowView = rowView(35);
const entries: Uint32Array = view.array;
const seventeenth: number | undefined = entries[17];
const again: number[] = view.toArray();
view[Symbol.dispose]();
view.dispose();
const done: boolean = view.disposed;

const buffer = new Uint32Array(10);
const written: number = rowInto(10, buffer);
const writtenBig: bigint = rowInto(10n, buffer);
const eitherSize: number | bigint = Math.random() < 0.5 ? 10 : 10n;
const writtenEither: number | bigint = rowInto(eitherSize, buffer);

const flat: number[] = triangle(4);
const third: number[] = triangleRow(flat, 3);
const tri: TriangleView = triangleView(4);
const fourth: Uint32Array = tri.row(4);
const rows: number = tri.rows;
const count: number = triangleInto(4, new Uint32Array(10));
const countBig: bigint = triangleInto(4n, new Uint32Array(10));
const thirdView: Uint32Array = triangleRow(tri.array, 3);
tri.dispose();

const one: number = entry(35, 17);
const far: number = entry(2n ** 64n - 1n, 0n);
const part: Uint32Array = rowRange(100, 10, 5);
const farPart: Uint32Array = rowRange(2n ** 63n, 0n, 3n);
const filled: number = rowRangeInto(2n ** 63n, 5n, new Uint32Array(4));

const text: string = version();
const number: number = versionNumber() + ROW_EXACT_MAX;
const where: string = libraryPath;

try {
    row(-1);
} catch (error) {
    if (error instanceof PascalError) {
        const code: string = error.code;
        const errno: number = error.errno;
        const outsideTheRow: boolean = error.code === 'EDOM';
        console.log(code, errno, outsideTheRow);
    } else if (error instanceof DisposedError) {
        const code: 'ERR_PASCAL_DISPOSED' = error.code;
        console.log(code);
    }
}

// @ts-expect-error a row is numbers, not strings
const wrong: string[] = row(3);
// @ts-expect-error sizes are numbers or bigints
row('3');
// @ts-expect-error rowInto fills a Uint32Array only
rowInto(3, new Int32Array(3));
// @ts-expect-error a bigint size gives a bigint count
const notNumber: number = rowInto(3n, buffer);
// @ts-expect-error an entry is a number, whatever the indices are
const notBig: bigint = entry(5n, 1n);
// @ts-expect-error rowRangeInto fills a Uint32Array only
rowRangeInto(5, 0, [0, 0]);
// @ts-expect-error rowRangeInto's count is out's length, not an argument
rowRangeInto(5, 0, new Uint32Array(2), 2);
// @ts-expect-error a range of a row is a Uint32Array, not numbers
const notNumbers: number[] = rowRange(5, 0, 2);
// @ts-expect-error a view's array is read-only
view.array = new Uint32Array(1);
// @ts-expect-error views come from rowView(), not new
new RowView();

console.log(copied, huge, seventeenth, again, done, written, writtenBig, writtenEither, third, fourth, rows, count, countBig,
    thirdView, one, far, part, farPart, filled, text, number, where, wrong, notNumber, notBig, notNumbers);
