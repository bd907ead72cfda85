'use strict';
// What tests/dist/node.sh runs on each platform's own Node (under qemu-user or
// wine): the installed package loads the library its platform package ships,
// and rows, entries, ranges, views and an error from C's errno (EOVERFLOW,
// read from the C runtime the library uses) come out right, against values
// computed here with bigints. Writes "ok <platform> <checks>" to the file
// argv[2] (wine's node cannot write to a pipe), and exits non-zero on a failure.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const pascal = require('libpascal');

const platform = `${process.platform}-${process.arch}`;
const expectedVersion = process.env.PASCAL_EXPECTED_VERSION;
let checks = 0;
function check(what, body) {
    try {
        body();
    } catch (error) {
        throw new Error(`${platform}: ${what}: ${error.message}`, { cause: error });
    }
    checks++;
}

// C(n - 1, k) mod 2^32, entry k of row n.
function binomial(n, k) {
    let value = 1n;
    for (let i = 0n; i < k; i++) {
        value = (value * (n - 1n - i)) / (i + 1n);
    }
    return Number(value % 2n ** 32n);
}

check('the library is the platform package\'s', () => {
    const shipped = path.join('node_modules', '@libpascal', platform);
    assert.ok(pascal.libraryPath.includes(shipped), `${pascal.libraryPath} is not in ${shipped}`);
    assert.equal(path.basename(pascal.libraryPath), process.platform === 'win32' ? 'libpascal-1.dll' : 'libpascal.so.1');
});
check('version', () => assert.equal(pascal.version(), expectedVersion));
check('row(10)', () => assert.deepEqual(pascal.row(10), [1, 9, 36, 84, 126, 126, 84, 36, 9, 1]));
check('row(35)[17]', () => assert.equal(pascal.row(35)[17], 2333606220));
check('row(200)', () => assert.deepEqual(pascal.row(200), Array.from({ length: 200 }, (_, k) => binomial(200n, BigInt(k)))));
check('rowView', () => {
    const view = pascal.rowView(35);
    assert.equal(view.array[17], 2333606220);
    view.dispose();
    assert.equal(view.disposed, true);
});
check('rowInto', () => {
    const out = new Uint32Array(10);
    assert.equal(pascal.rowInto(10, out), 10);
    assert.equal(out[4], 126);
});
check('triangleRow', () => assert.deepEqual(pascal.triangleRow(pascal.triangle(6), 6), [1, 5, 10, 10, 5, 1]));
check('entry past 2^63', () => assert.equal(pascal.entry(2n ** 64n - 1n, 2n), binomial(2n ** 64n - 1n, 2n)));
check('rowRange', () => assert.deepEqual([...pascal.rowRange(1000, 400, 3)],
    [400n, 401n, 402n].map((k) => binomial(1000n, k))));
check('ENOMEM from C', () => assert.throws(() => pascal.row(2n ** 62n), { name: 'PascalError', code: 'ENOMEM' }));
check('EOVERFLOW from errno', () => assert.throws(() => pascal.triangleInto(2n ** 62n, new Uint32Array(0)),
    { name: 'PascalError', code: 'EOVERFLOW' }));

fs.writeFileSync(process.argv[2], `ok ${platform} ${checks} checks\n`);
