'use strict';
// The address and size of an array libpascal allocated come back in an
// object koffi fills. An accessor on Object.prototype (prototype pollution
// anywhere in the program) must not be able to catch those writes and hand
// back another size or address: the package would read past the array, or
// give pascal_array_free a wrong length.

const test = require('node:test');
const assert = require('node:assert/strict');
const pascal = require('libpascal');

// Puts accessors for `data` and `size` on Object.prototype until the test
// ends; `size` then claims twice the real size (still inside malloc's heap,
// so a wrong read shows as a wrong length rather than a crash).
function pollute(t) {
    const caught = [];
    for (const name of ['data', 'size']) {
        const stored = new Map();
        Object.defineProperty(Object.prototype, name, {
            configurable: true,
            set(value) {
                caught.push(name);
                stored.set(this, value);
            },
            get() {
                const value = stored.get(this);
                return name === 'size' && typeof value === 'number' ? 2 * value : value;
            },
        });
        t.after(() => delete Object.prototype[name]);
    }
    return caught;
}

test('an accessor on Object.prototype sees nothing of the arrays koffi returns', (t) => {
    const caught = pollute(t);
    assert.deepEqual(pascal.row(10), [1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
    assert.equal(pascal.triangle(4).length, 10);
    const row = pascal.rowView(10);
    const triangle = pascal.triangleView(4);
    assert.equal(row.length, 10);
    assert.equal(triangle.length, 10);
    row.dispose();
    triangle.dispose();
    assert.deepEqual(caught, []);
});
