'use strict';
// Reads the errno libpascal set, from the C runtime libpascal itself uses.
// koffi.errno() reads the errno of the runtime koffi was built with: on Linux
// there is one (the C library's), but on Windows each C runtime DLL keeps its
// own. koffi is built with MSVC, so it reads the UCRT's (ucrtbase.dll), while
// a MinGW-w64 build of libpascal, like the one @libpascal/win32-x64 ships,
// sets msvcrt.dll's: koffi.errno() would read some other value there. So on
// Windows the reader is chosen by the runtime the DLL imports.

const fs = require('node:fs');
const koffi = require('koffi');

// The DLL names in a PE file's import table, lower case.
function importedDlls(file) {
    const image = fs.readFileSync(file);
    const pe = image.readUInt32LE(0x3c);
    if (image.readUInt32LE(pe) !== 0x4550) {  // "PE\0\0"
        throw new Error(`${file} is not a PE file`);
    }
    const sections = image.readUInt16LE(pe + 6);
    const optional = pe + 24;
    const magic = image.readUInt16LE(optional);
    // The data directories start 96 bytes into a PE32 optional header, 112
    // into a PE32+ one; the import table is the second.
    const directories = optional + (magic === 0x20b ? 112 : 96);
    const importTable = image.readUInt32LE(directories + 8);
    const sectionTable = optional + image.readUInt16LE(pe + 20);
    function offsetOf(rva) {
        for (let s = 0; s < sections; s++) {
            const header = sectionTable + s * 40;
            const address = image.readUInt32LE(header + 12);
            const size = Math.max(image.readUInt32LE(header + 8), image.readUInt32LE(header + 16));
            if (rva >= address && rva < address + size) {
                return rva - address + image.readUInt32LE(header + 20);
            }
        }
        throw new Error(`${file}: address 0x${rva.toString(16)} is in no section`);
    }
    const names = [];
    if (importTable === 0) {
        return names;
    }
    // One 20-byte descriptor per DLL, ended by an all-zero one; its name at 12.
    for (let descriptor = offsetOf(importTable); image.readUInt32LE(descriptor + 12) !== 0; descriptor += 20) {
        const name = offsetOf(image.readUInt32LE(descriptor + 12));
        names.push(image.toString('latin1', name, image.indexOf(0, name)).toLowerCase());
    }
    return names;
}

// The C runtime DLL whose errno the file's C code sets: msvcrt.dll (MinGW-w64's
// default) or the UCRT (ucrtbase.dll, or the api-ms-win-crt-* sets that
// forward to it, as MSVC links).
function runtimeOf(file) {
    const dlls = importedDlls(file);
    if (dlls.includes('msvcrt.dll')) {
        return 'msvcrt.dll';
    }
    if (dlls.some((dll) => dll === 'ucrtbase.dll' || dll.startsWith('api-ms-win-crt-'))) {
        return 'ucrtbase.dll';
    }
    return undefined;
}

// A function returning the errno the library at `file` last set on this thread.
function errnoReader(file, platform = process.platform) {
    if (platform !== 'win32' || runtimeOf(file) !== 'msvcrt.dll') {
        return () => koffi.errno();
    }
    // int *_errno(void): this thread's errno in msvcrt.dll.
    const where = koffi.load('msvcrt.dll').func('int *_errno(void)');
    return () => koffi.decode(where(), 'int');
}

module.exports = { importedDlls, runtimeOf, errnoReader };
