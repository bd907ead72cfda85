'use strict';
// The platforms libpascal ships a library for, in one place: each key is a
// platform package's name under @libpascal/ and what Node calls the machine
// (`${process.platform}-${process.arch}`). For each: the target whose wheel
// carries the library (scripts/dist), the file it is, and the os/cpu/libc
// npm matches to install the package only where it runs. Those koffi has a
// prebuilt binary for; not s390x, which koffi does not support.

const { version } = require('../package.json');

const MAJOR = Number(version.split('.')[0]);
const ELF = `libpascal.so.${MAJOR}`;
const DLL = `libpascal-${MAJOR}.dll`;

const PLATFORMS = {
    'linux-x64': { target: 'x86_64', file: ELF, os: 'linux', cpu: 'x64', libc: 'glibc' },
    'linux-arm64': { target: 'aarch64', file: ELF, os: 'linux', cpu: 'arm64', libc: 'glibc' },
    'linux-ia32': { target: 'i686', file: ELF, os: 'linux', cpu: 'ia32', libc: 'glibc' },
    'linux-riscv64': { target: 'riscv64', file: ELF, os: 'linux', cpu: 'riscv64', libc: 'glibc' },
    'win32-x64': { target: 'win_amd64', file: DLL, os: 'win32', cpu: 'x64' },
};

const SCOPE = '@libpascal';

// This machine's key.
function platformKey() {
    return `${process.platform}-${process.arch}`;
}

// The C library npm's `libc` matches on Linux (Node's report says which one
// Node runs on, as npm itself reads it); undefined elsewhere.
function libc() {
    if (process.platform !== 'linux') {
        return undefined;
    }
    return process.report.getReport().header.glibcVersionRuntime ? 'glibc' : 'musl';
}

// The library file on this platform, whether or not a package ships it (as
// CMake names it: the soname, the DLL, the install name on macOS).
function libraryFile(platform = process.platform) {
    return { win32: DLL, darwin: `libpascal.${MAJOR}.dylib` }[platform] ?? ELF;
}

function howToPoint(file) {
    return `Set PASCAL_LIBRARY to the path of ${file}, or PASCAL_LIBDIR to its directory.`;
}

// Why no platform package gave the library on platform `key` with C library
// `libcName`, and what to do: the package to install, or, where none is
// built, how to point at a library of one's own.
function notShipped(key, libcName, platform = key.split('-')[0]) {
    const shipped = PLATFORMS[key];
    const point = howToPoint(libraryFile(platform));
    if (shipped === undefined) {
        const names = Object.keys(PLATFORMS).map((k) => `${SCOPE}/${k}`).join(', ');
        return `libpascal ships no library for ${key} (its platform packages are ${names}). ` +
            `Build libpascal for this machine, then: ${point}`;
    }
    const name = `${SCOPE}/${key}`;
    if (shipped.libc !== undefined && libcName !== shipped.libc) {
        return `libpascal ships no library for ${key} with ${libcName}: ${name} is built for ${shipped.libc}. ` +
            `Build libpascal for this machine, then: ${point}`;
    }
    return `the package ${name}, which holds libpascal for ${key}, is not installed. ` +
        `npm installs it with libpascal, as an optional dependency, on ${key} only: a node_modules ` +
        'copied from another platform, or installed without optional dependencies, lacks it. ' +
        `Install it with \`npm install ${name}@${version}\`. Or: ${point}`;
}

module.exports = { PLATFORMS, SCOPE, platformKey, libc, libraryFile, howToPoint, notShipped };
