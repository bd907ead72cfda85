'use strict';
// Each platform package's library is built for the machine its directory
// names: the ELF class, byte order and e_machine of a Linux library, the PE
// machine of a Windows DLL, against lib/platforms.js's table (its cpu).
//   node machines.js PACKAGES    (PACKAGES/<platform>/: the unpacked tarballs)

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

// npm's cpu names: ELF [class (1: 32-bit, 2: 64-bit), e_machine], PE machine.
const ELF = { x64: [2, 62], arm64: [2, 183], ia32: [1, 3], riscv64: [2, 243] };
const PE = { x64: 0x8664, arm64: 0xaa64, ia32: 0x14c };

function machineOf(file) {
    const image = fs.readFileSync(file);
    if (image.toString('latin1', 0, 4) === '\x7fELF') {
        assert.equal(image[5], 1, `${file}: not little-endian`);
        return { format: 'ELF', class: image[4], machine: image.readUInt16LE(18) };
    }
    const pe = image.readUInt32LE(0x3c);
    assert.equal(image.readUInt32LE(pe), 0x4550, `${file}: neither ELF nor PE`);
    return { format: 'PE', machine: image.readUInt16LE(pe + 4) };
}

const packages = process.argv[2];
for (const key of fs.readdirSync(packages).sort()) {
    const manifest = JSON.parse(fs.readFileSync(path.join(packages, key, 'package.json'), 'utf8'));
    const [os, cpu] = [manifest.os[0], manifest.cpu[0]];
    assert.equal(manifest.name, `@libpascal/${key}`);
    assert.equal(key, `${os}-${cpu}`);
    const files = fs.readdirSync(path.join(packages, key)).filter((name) => name !== 'package.json');
    assert.equal(files.length, 1, `${key} holds ${files.join(', ')}: one library, nothing else`);
    const found = machineOf(path.join(packages, key, files[0]));
    if (os === 'win32') {
        assert.deepEqual(found, { format: 'PE', machine: PE[cpu] }, key);
    } else {
        assert.deepEqual(found, { format: 'ELF', class: ELF[cpu][0], machine: ELF[cpu][1] }, key);
    }
    console.log(`${key}: ${files[0]} is ${found.format} machine ${found.machine} (${cpu})`);
}
