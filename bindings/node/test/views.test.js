'use strict';
// Zero-copy views over libpascal's memory: freed by libpascal exactly once,
// by dispose() or when collected, and never read once disposed through the
// view. Sizes differ from test to test so that frees are told apart.

const test = require('node:test');
const assert = require('node:assert/strict');
const pascal = require('libpascal');
const { spawnSync } = require('node:child_process');
const native = require('../lib/native');
const { countFrees, callsTo, collectGarbage } = require('./helpers');

test('rowView(n) reads row n in place: nothing is freed until the view is', (t) => {
    const frees = countFrees(t);
    const view = pascal.rowView(2001);
    assert.ok(view instanceof pascal.RowView);
    assert.ok(view.array instanceof Uint32Array);
    assert.equal(view.length, 2001);
    assert.deepEqual(view.toArray(), pascal.row(2001));
    assert.equal(frees.ofSize(2001), 1); // row(2001)'s copy, not the view
    view.dispose();
    assert.equal(frees.ofSize(2001), 2);
});

test('dispose() frees once: a second dispose() does nothing', (t) => {
    const frees = countFrees(t);
    const view = pascal.rowView(2002);
    view.dispose();
    view.dispose();
    view[Symbol.dispose]();
    assert.equal(frees.ofSize(2002), 1);
    assert.equal(view.disposed, true);
});

test('[Symbol.dispose]() is dispose()', (t) => {
    const frees = countFrees(t);
    const view = pascal.rowView(2003);
    assert.equal(view.disposed, false);
    view[Symbol.dispose]();
    assert.equal(view.disposed, true);
    assert.equal(frees.ofSize(2003), 1);
});

test('a view used after dispose() throws DisposedError instead of reading freed memory', () => {
    const view = pascal.rowView(40);
    view.dispose();
    for (const use of [() => view.array, () => view.length, () => view.toArray()]) {
        assert.throws(use, { name: 'DisposedError', code: 'ERR_PASCAL_DISPOSED' });
    }
    assert.ok(new pascal.DisposedError('x') instanceof Error);
    const triangle = pascal.triangleView(5);
    triangle.dispose();
    assert.throws(() => triangle.row(5), pascal.DisposedError);
});

// What makes a second release harmless, should one ever happen: the package
// frees the very pascal_array koffi filled, and pascal_array_free empties it.
test('an array goes back through pascal_array_free, which leaves it empty: freeing it again frees nothing', (t) => {
    const free = native.arrayFree;
    const given = [];
    callsTo(t, 'arrayFree', (real, array) => {
        given.push(array);
        return real(array);
    });
    pascal.rowView(2007).dispose();
    pascal.row(2008);
    assert.equal(given.length, 2);
    for (const array of given) {
        assert.deepEqual({ data: array.data, size: array.size }, { data: null, size: 0 });
        // Were the memory still held, this would free it a second time.
        free(array);
    }
});

test('a collected view is freed, once', async (t) => {
    const frees = countFrees(t);
    (() => {
        pascal.rowView(2004);
    })();
    await collectGarbage(() => frees.ofSize(2004) > 0);
    assert.equal(frees.ofSize(2004), 1);
    await collectGarbage();
    assert.equal(frees.ofSize(2004), 1);
});

test('a disposed view is not freed again when collected', async (t) => {
    const frees = countFrees(t);
    (() => {
        pascal.rowView(2005).dispose();
    })();
    await collectGarbage();
    assert.equal(frees.ofSize(2005), 1);
});

test('keeping only view.array.buffer keeps the memory: it is freed when the buffer is collected', async (t) => {
    const frees = countFrees(t);
    let buffer = (() => pascal.rowView(2006).array.buffer)();
    await collectGarbage();
    assert.equal(frees.ofSize(2006), 0);
    assert.deepEqual(Array.from(new Uint32Array(buffer)), pascal.row(2006));
    buffer = null;
    await collectGarbage(() => frees.ofSize(2006) > 1);
    assert.equal(frees.ofSize(2006), 2); // the buffer's, and row(2006)'s copy
});

test('triangleView(rows) reads the triangle in place; row(r) is a subarray of it', (t) => {
    const frees = countFrees(t);
    const view = pascal.triangleView(62); // 1953 entries
    assert.ok(view instanceof pascal.TriangleView);
    assert.equal(view.rows, 62);
    assert.deepEqual(view.toArray(), pascal.triangle(62));
    const last = view.row(62);
    assert.equal(last.buffer, view.array.buffer);
    assert.deepEqual(Array.from(last), pascal.row(62));
    assert.equal(frees.ofSize(1953), 1); // triangle(62)'s copy
    view.dispose();
    assert.equal(frees.ofSize(1953), 2);
});

test('a collected triangle view is freed, once', async (t) => {
    const frees = countFrees(t);
    (() => {
        pascal.triangleView(63); // 2016 entries
    })();
    await collectGarbage(() => frees.ofSize(2016) > 0);
    assert.equal(frees.ofSize(2016), 1);
});

test('an empty view holds nothing to free', (t) => {
    const frees = countFrees(t);
    const row = pascal.rowView(0);
    const triangle = pascal.triangleView(0);
    assert.equal(row.length, 0);
    assert.equal(triangle.length, 0);
    row.dispose();
    triangle.dispose();
    assert.equal(frees.ofSize(0), 0);
});

test('views share nothing: disposing one leaves another readable', () => {
    const first = pascal.rowView(30);
    const second = pascal.rowView(30);
    first.dispose();
    assert.deepEqual(second.toArray(), pascal.row(30));
    second.dispose();
});

// What docs/bindings/node.md says of a typed array kept past dispose(): a view
// of 32 MiB or more was libpascal's own mapping, which dispose() unmaps, so
// the next read kills the process. In a child, which does nothing between the
// two that could map memory at that address again.
test('reading a 32 MiB view\'s array after dispose() is a segmentation fault (Linux)',
    { skip: process.platform !== 'linux' }, () => {
        const child = spawnSync(process.execPath, ['-e', `
            const pascal = require(${JSON.stringify(require.resolve('libpascal'))});
            const view = pascal.rowView(8388608);
            const kept = view.array;
            console.log(kept[1]);
            view.dispose();
            console.log(kept[1]);
        `], { encoding: 'utf8' });
        assert.equal(child.stdout, '8388607\n', child.stderr);
        assert.equal(child.signal, 'SIGSEGV');
    });
