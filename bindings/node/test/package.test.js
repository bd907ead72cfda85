'use strict';
// What `npm pack` puts in the package: the code and its declarations, every
// module the code requires, and nothing of the tests.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const packageDir = path.join(__dirname, '..');

function packedFiles() {
    const npm = process.env.PASCAL_NPM;
    assert.ok(npm, 'PASCAL_NPM must name npm (CTest sets it)');
    const packed = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageDir, encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr);
    return JSON.parse(packed.stdout)[0].files.map((file) => file.path).sort();
}

test('the package ships index.js, index.d.ts, every module in lib/ and its README, and no tests', () => {
    const modules = fs.readdirSync(path.join(packageDir, 'lib')).map((name) => `lib/${name}`);
    assert.deepEqual(packedFiles(), ['README.md', 'index.d.ts', 'index.js', ...modules, 'package.json'].sort());
});

test('index.d.ts declares every name index.js exports, and no other', () => {
    const declarations = fs.readFileSync(path.join(packageDir, 'index.d.ts'), 'utf8');
    const declared = new Set([...declarations.matchAll(/^export (?:function|const|class) (\w+)/gm)].map((m) => m[1]));
    assert.deepEqual([...declared].sort(), Object.keys(require('..')).sort());
});
