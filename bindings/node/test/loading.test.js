'use strict';
// Where the package finds libpascal (PASCAL_LIBRARY, then PASCAL_LIBDIR, then
// the platform package @libpascal/<platform>, else an error naming that
// package), and the version check it makes when it loads. Each
// case loads the package in a fresh node, since loading happens at require.
// CTest sets PASCAL_LIBDIR (the library under test), PASCAL_EXPECTED_VERSION
// PASCAL_OTHER_MAJOR_LIBRARY (a library claiming version 2.0.0) and
// PASCAL_INCOMPLETE_LIBRARY (version 1.0.0, but no other function).

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

function required(name) {
    const value = process.env[name];
    assert.ok(value, `${name} must be set (CTest sets it)`);
    return value;
}

const libdir = required('PASCAL_LIBDIR');
const library = path.join(libdir, 'libpascal.so.1');
const expectedVersion = required('PASCAL_EXPECTED_VERSION');
const otherMajor = required('PASCAL_OTHER_MAJOR_LIBRARY');
const incomplete = required('PASCAL_INCOMPLETE_LIBRARY');
const packageDir = path.join(__dirname, '..');
const { PLATFORMS } = require('../lib/platforms');
const platform = `${process.platform}-${process.arch}`;
const platformPackage = `@libpascal/${platform}`;

// Loads the package with `env` on top of this environment less the two
// variables that choose the library: { status, stderr, loaded }.
function load(env) {
    const base = { ...process.env };
    delete base.PASCAL_LIBRARY;
    delete base.PASCAL_LIBDIR;
    const child = spawnSync(process.execPath, ['-e', `
        const pascal = require(${JSON.stringify(packageDir)});
        console.log(JSON.stringify({ path: pascal.libraryPath, version: pascal.version(), row: pascal.row(3) }));
    `], { env: { ...base, ...env }, encoding: 'utf8' });
    const loaded = child.status === 0 ? JSON.parse(child.stdout) : null;
    return { status: child.status, stderr: child.stderr, loaded };
}

function temporaryDirectory(t) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'libpascal-node-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
}

// A directory whose libpascal.so.1 is the library claiming version 2.0.0.
function directoryWithOtherMajor(t) {
    const dir = temporaryDirectory(t);
    fs.symlinkSync(path.resolve(otherMajor), path.join(dir, 'libpascal.so.1'));
    return dir;
}

// NODE_PATH with a node_modules holding this platform's package, as npm
// installs it, its library being `file`: { NODE_PATH, shipped }.
function withPlatformPackage(t, file) {
    const modules = path.join(temporaryDirectory(t), 'node_modules');
    const dir = path.join(modules, platformPackage);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: platformPackage, version: expectedVersion }));
    const shipped = path.join(dir, PLATFORMS[platform].file);
    fs.symlinkSync(path.resolve(file), shipped);
    return { NODE_PATH: [modules, process.env.NODE_PATH].filter(Boolean).join(path.delimiter), shipped };
}

test('PASCAL_LIBRARY names the library to load', () => {
    const { status, stderr, loaded } = load({ PASCAL_LIBRARY: library });
    assert.equal(status, 0, stderr);
    assert.equal(loaded.path, path.resolve(library));
    assert.equal(loaded.version, expectedVersion);
    assert.deepEqual(loaded.row, [1, 2, 1]);
});

test('PASCAL_LIBRARY comes before PASCAL_LIBDIR', () => {
    const { status, stderr } = load({ PASCAL_LIBRARY: otherMajor, PASCAL_LIBDIR: libdir });
    assert.notEqual(status, 0);
    assert.match(stderr, /is libpascal 2\.0\.0/);
});

test('PASCAL_LIBDIR names the directory of libpascal.so.1', () => {
    const { status, stderr, loaded } = load({ PASCAL_LIBDIR: libdir });
    assert.equal(status, 0, stderr);
    assert.equal(loaded.path, path.join(path.resolve(libdir), 'libpascal.so.1'));
    assert.equal(loaded.version, expectedVersion);
});

test('PASCAL_LIBDIR comes before the platform package', (t) => {
    const { NODE_PATH } = withPlatformPackage(t, library);
    const { status, stderr } = load({ PASCAL_LIBDIR: directoryWithOtherMajor(t), NODE_PATH });
    assert.notEqual(status, 0);
    assert.match(stderr, /is libpascal 2\.0\.0/);
});

test('with neither variable, the library in the platform package is loaded', (t) => {
    const { NODE_PATH, shipped } = withPlatformPackage(t, library);
    const { status, stderr, loaded } = load({ NODE_PATH });
    assert.equal(status, 0, stderr);
    assert.equal(loaded.path, shipped);
    assert.equal(loaded.version, expectedVersion);
    assert.deepEqual(loaded.row, [1, 2, 1]);
});

test('the platform package\'s library is version-checked too', (t) => {
    const { NODE_PATH } = withPlatformPackage(t, otherMajor);
    const { status, stderr } = load({ NODE_PATH });
    assert.notEqual(status, 0);
    assert.match(stderr, new RegExp(`\\(shipped in ${platformPackage}\\) is libpascal 2\\.0\\.0`));
});

test('without the platform package, the error names it and how to install it; the system loader is not asked', () => {
    const { status, stderr } = load({ LD_LIBRARY_PATH: libdir });
    assert.notEqual(status, 0);
    assert.match(stderr, new RegExp(`cannot load libpascal: the package ${platformPackage}, which holds libpascal ` +
        `for ${platform}, is not installed`));
    assert.match(stderr, new RegExp(`npm install ${platformPackage}@${expectedVersion.replace(/\./g, '\\.')}`));
    assert.match(stderr, /as an optional dependency/);
    assert.match(stderr, /Set PASCAL_LIBRARY to the path of libpascal\.so\.1, or PASCAL_LIBDIR to its directory/);
});

test('a library of another major version is refused, with the versions in the message', () => {
    const { status, stderr } = load({ PASCAL_LIBRARY: otherMajor });
    assert.notEqual(status, 0);
    assert.match(stderr, /Error: .* is libpascal 2\.0\.0, but the libpascal package 1\.\d+\.\d+ needs major version 1/);
});

test('a library of the right major version without the other functions is refused', () => {
    const { status, stderr } = load({ PASCAL_LIBRARY: incomplete });
    assert.notEqual(status, 0);
    assert.match(stderr, /Error: .* is not a complete libpascal: .*pascal_row_exact_max/);
});

test('a library that cannot be loaded is an Error naming the file and how to point at another', () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir', 'libpascal.so.1');
    for (const env of [{ PASCAL_LIBRARY: missing }, { PASCAL_LIBDIR: path.dirname(missing) }]) {
        const { status, stderr } = load(env);
        assert.notEqual(status, 0);
        assert.match(stderr, new RegExp(`cannot load libpascal: ${missing.replace(/\./g, '\\.')}`));
        assert.match(stderr, /Set PASCAL_LIBRARY to the path of libpascal\.so\.1, or PASCAL_LIBDIR/);
    }
});

test('version() and versionNumber() give the loaded library\'s version', () => {
    const pascal = require('libpascal');
    assert.equal(pascal.version(), expectedVersion);
    const [major, minor, patch] = expectedVersion.split('.').map(Number);
    assert.equal(pascal.versionNumber(), major * 10000 + minor * 100 + patch);
});

test('the package\'s version is the library\'s it was released with', () => {
    const { version } = require('libpascal/package.json');
    assert.equal(version, expectedVersion);
});
