'use strict';
// Lays out the npm packages scripts/dist packs, each in its own directory of
// OUT, from lib/platforms.js's table:
//   OUT/libpascal/        this package's files, its package.json naming each
//                         platform package staged as an optional dependency
//                         of exactly this version
//   OUT/<platform>/       @libpascal/<platform>: package.json (os, cpu, libc)
//                         and the library, LIBRARIES/<target>/<file>, alone
// A platform whose LIBRARIES/<target>/ is absent (scripts/dist run for some
// targets only) is left out. Every file is written 0644, so the tarballs
// npm pack makes from OUT do not depend on the umask.
//
//   node scripts/stage.js LIBRARIES OUT

const fs = require('node:fs');
const path = require('node:path');
const { PLATFORMS, SCOPE } = require('../lib/platforms');

const packageDir = path.join(__dirname, '..');

function write(file, text) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, { mode: 0o644 });
    fs.chmodSync(file, 0o644);
}

function copy(from, to) {
    if (fs.statSync(from).isDirectory()) {
        for (const name of fs.readdirSync(from).sort()) {
            copy(path.join(from, name), path.join(to, name));
        }
        return;
    }
    write(to, fs.readFileSync(from));
}

function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}

function stage(libraries, out) {
    const main = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    const staged = [];
    for (const [key, platform] of Object.entries(PLATFORMS)) {
        if (!fs.existsSync(path.join(libraries, platform.target))) {
            continue;
        }
        const library = path.join(libraries, platform.target, platform.file);
        if (!fs.existsSync(library)) {
            throw new Error(`${library}: the ${platform.target} library is not there`);
        }
        const name = `${SCOPE}/${key}`;
        const manifest = {
            name,
            version: main.version,
            description: `libpascal's shared library (${platform.file}) for ${key}, loaded by the libpascal package`,
            license: main.license,
            os: [platform.os],
            cpu: [platform.cpu],
            ...(platform.libc === undefined ? {} : { libc: [platform.libc] }),
            files: [platform.file],
        };
        write(path.join(out, key, 'package.json'), json(manifest));
        copy(library, path.join(out, key, platform.file));
        staged.push(name);
    }
    if (staged.length === 0) {
        throw new Error(`${libraries} holds no target's library (${Object.values(PLATFORMS).map((p) => p.target).join(', ')})`);
    }
    const optionalDependencies = Object.fromEntries(staged.map((name) => [name, main.version]));
    const { dependencies, devDependencies, ...before } = main;
    write(path.join(out, 'libpascal', 'package.json'),
        json({ ...before, dependencies, optionalDependencies, devDependencies }));
    for (const entry of [...main.files, 'README.md']) {
        copy(path.join(packageDir, entry), path.join(out, 'libpascal', entry));
    }
    return staged;
}

if (require.main === module) {
    if (process.argv.length !== 4) {
        console.error('usage: node scripts/stage.js LIBRARIES OUT');
        process.exit(2);
    }
    stage(path.resolve(process.argv[2]), path.resolve(process.argv[3]));
}

module.exports = { stage };
