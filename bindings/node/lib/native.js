'use strict';
// Finds libpascal (PASCAL_LIBRARY, PASCAL_LIBDIR, else the platform package
// lib/platforms.js names), refuses a library of another major version, and binds the
// C functions with koffi. Everything else in the package calls C through the
// `native` object exported here, looked up at call time, so that a test can
// count the frees by wrapping native.arrayFree, or reach C's errors past the
// package's checks by wrapping native.entry and native.rowRange.

const path = require('node:path');
const koffi = require('koffi');
const { version: packageVersion } = require('../package.json');
const { structs, functions } = require('./declarations');
const { PLATFORMS, SCOPE, platformKey, libc, libraryFile, notShipped, howToPoint } = require('./platforms');
const { errnoReader } = require('./errno');

const MAJOR = Number(packageVersion.split('.')[0]);
const LIBRARY_FILE = libraryFile();

// The platform package's directory, or undefined when it is not installed.
function packageDirectory(name) {
    try {
        return path.dirname(require.resolve(`${name}/package.json`));
    } catch (error) {
        if (error.code === 'MODULE_NOT_FOUND') {
            return undefined;
        }
        throw error;
    }
}

// One place to look, never a fallback: when a variable names a library, a
// missing file there is an error, not a reason to load some other copy.
// Then the platform package npm installed (an optional dependency, chosen by
// its os/cpu/libc), else an error naming the package that is missing.
function where(env) {
    if (env.PASCAL_LIBRARY) {
        return { file: path.resolve(env.PASCAL_LIBRARY), why: 'named by PASCAL_LIBRARY' };
    }
    if (env.PASCAL_LIBDIR) {
        return { file: path.join(path.resolve(env.PASCAL_LIBDIR), LIBRARY_FILE), why: 'in PASCAL_LIBDIR' };
    }
    const key = platformKey();
    const name = `${SCOPE}/${key}`;
    const directory = PLATFORMS[key] === undefined ? undefined : packageDirectory(name);
    if (directory === undefined) {
        throw new Error(`cannot load libpascal: ${notShipped(key, libc())}`);
    }
    return { file: path.join(directory, PLATFORMS[key].file), why: `shipped in ${name}` };
}

function open({ file, why }) {
    try {
        return koffi.load(file);
    } catch (error) {
        throw new Error(
            `cannot load libpascal: ${file} (${why}): ${error.message}\n${howToPoint(LIBRARY_FILE)}`, { cause: error });
    }
}

function bind(library, file, declaration, ...signature) {
    try {
        return library.func(declaration, ...signature);
    } catch (error) {
        throw new Error(`${file} is not a complete libpascal: ${error.message}`, { cause: error });
    }
}

const found = where(process.env);
const library = open(found);

const versionNumber = bind(library, found.file, functions.pascal_version_number.prototype);
const loadedVersion = versionNumber();
if (Math.floor(loadedVersion / 10000) !== MAJOR) {
    const [major, minor, patch] = [Math.floor(loadedVersion / 10000), Math.floor(loadedVersion / 100) % 100, loadedVersion % 100];
    throw new Error(
        `${found.file} (${found.why}) is libpascal ${major}.${minor}.${patch}, ` +
        `but the libpascal package ${packageVersion} needs major version ${MAJOR}`);
}

// The C declarations are lib/declarations.js, generated from pascal.h.
// pascal_array, anonymous: a named koffi type is global to the process and
// would clash with a second copy of this package loaded beside this one.
const pascalArray = koffi.struct(structs.pascal_array);

// A function of the header by its prototype; one taking a pascal_array *
// with that parameter as `pointer` says (koffi needs the direction).
function declared(name, pointer) {
    const { prototype, result, parameters } = functions[name];
    if (pointer === undefined) {
        return bind(library, found.file, prototype);
    }
    return bind(library, found.file, name, result,
        parameters.map((type) => (type === 'pascal_array *' ? pointer(koffi.pointer(pascalArray)) : type)));
}

const native = {
    file: found.file,
    // errno as the library set it, read right after a call that failed.
    errno: errnoReader(found.file),
    versionNumber,
    versionString: declared('pascal_version_string'),
    rowExactMax: declared('pascal_row_exact_max'),
    // The *_alloc functions return the error code: no errno to read, and the
    // array lands in an object koffi fills before any JavaScript runs again
    // (one without a prototype, index.js's allocOut, so no setter runs).
    rowAlloc: declared('pascal_row_alloc', koffi.out),
    triangleAlloc: declared('pascal_triangle_alloc', koffi.out),
    rowInto: declared('pascal_row_into'),
    triangleInto: declared('pascal_triangle_into'),
    // Row indices are uint64_t, not size_t: rows up to 2^64 - 1 everywhere.
    entry: declared('pascal_entry'),
    rowRange: declared('pascal_row_range'),
    // The *_alloc arrays' own free: it frees with the allocator the library
    // allocated with, and empties the pascal_array ({NULL, 0}), which koffi
    // copies back into the object it was given: a second call frees nothing.
    arrayFree: declared('pascal_array_free', koffi.inout),
};

module.exports = native;
