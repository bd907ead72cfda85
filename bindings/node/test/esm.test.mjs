// The package from an ES module: every export by name, as `import` sees
// CommonJS through Node's static analysis of index.js.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as imported from 'libpascal';

const required = createRequire(import.meta.url)('libpascal');

test('an ES module imports every export by name', () => {
    const names = Object.keys(required).sort();
    assert.deepEqual(Object.keys(imported).filter((name) => name !== 'default').sort(), names);
    for (const name of names) {
        assert.equal(imported[name], required[name], name);
    }
    assert.deepEqual(imported.row(5), [1, 4, 6, 4, 1]);
});
