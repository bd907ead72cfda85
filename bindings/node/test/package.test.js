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

// The platform packages scripts/dist packs, staged from lib/platforms.js's
// table by scripts/stage.js, with stand-in libraries.
function staged(t, targets) {
    const { stage } = require('../scripts/stage');
    const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'libpascal-stage-'));
    t.after(() => fs.rmSync(root, { recursive: true, force: true }));
    const { PLATFORMS } = require('../lib/platforms');
    for (const platform of Object.values(PLATFORMS).filter((p) => targets.includes(p.target))) {
        fs.mkdirSync(path.join(root, 'libraries', platform.target), { recursive: true });
        fs.writeFileSync(path.join(root, 'libraries', platform.target, platform.file), `${platform.target}\n`);
    }
    const names = stage(path.join(root, 'libraries'), path.join(root, 'out'));
    const read = (dir) => JSON.parse(fs.readFileSync(path.join(root, 'out', dir, 'package.json'), 'utf8'));
    return { names, read, out: path.join(root, 'out') };
}

test('each platform package is named for what Node calls its machine, and npm matches it by os, cpu and libc', (t) => {
    const { PLATFORMS } = require('../lib/platforms');
    const { version } = require('../package.json');
    const { names, read, out } = staged(t, Object.values(PLATFORMS).map((p) => p.target));
    assert.deepEqual(names, Object.keys(PLATFORMS).map((key) => `@libpascal/${key}`));
    for (const [key, platform] of Object.entries(PLATFORMS)) {
        assert.equal(key, `${platform.os}-${platform.cpu}`);
        const manifest = read(key);
        assert.equal(manifest.name, `@libpascal/${key}`);
        assert.equal(manifest.version, version);
        assert.deepEqual(manifest.os, [platform.os]);
        assert.deepEqual(manifest.cpu, [platform.cpu]);
        assert.deepEqual(manifest.libc, platform.os === 'linux' ? ['glibc'] : undefined);
        assert.equal(fs.readFileSync(path.join(out, key, platform.file), 'utf8'), `${platform.target}\n`);
        assert.deepEqual(fs.readdirSync(path.join(out, key)).sort(), [platform.file, 'package.json'].sort());
    }
    // The main package: every platform package an optional dependency, of exactly its version.
    const main = read('libpascal');
    assert.deepEqual(main.optionalDependencies, Object.fromEntries(names.map((name) => [name, version])));
    assert.equal(main.os, undefined);
    assert.deepEqual(main.dependencies, require('../package.json').dependencies);
});

test('a platform whose library was not built is left out, of the packages and the dependencies', (t) => {
    const { names, read } = staged(t, ['x86_64', 'win_amd64']);
    assert.deepEqual(names, ['@libpascal/linux-x64', '@libpascal/win32-x64']);
    assert.deepEqual(Object.keys(read('libpascal').optionalDependencies), names);
});

test('the error for a platform without a library says what to install, or that none is built', () => {
    const { notShipped } = require('../lib/platforms');
    const { version } = require('../package.json');
    assert.match(notShipped('linux-arm64', 'glibc'),
        new RegExp(`^the package @libpascal/linux-arm64, which holds libpascal for linux-arm64, is not installed\\..*` +
            `npm install @libpascal/linux-arm64@${version.replace(/\./g, '\\.')}`));
    assert.match(notShipped('win32-x64'), /@libpascal\/win32-x64.*PASCAL_LIBRARY to the path of libpascal-1\.dll/);
    assert.match(notShipped('linux-x64', 'musl'),
        /^libpascal ships no library for linux-x64 with musl: @libpascal\/linux-x64 is built for glibc/);
    assert.match(notShipped('linux-s390x', 'glibc'),
        /^libpascal ships no library for linux-s390x \(its platform packages are @libpascal\/linux-x64, .*\)\. Build libpascal.*libpascal\.so\.1/);
    assert.match(notShipped('darwin-arm64'), /no library for darwin-arm64/);
});
