'use strict';
// Shared by the test files: counting the frees the package asks libpascal
// for, and letting the garbage collector run (node --expose-gc).

const native = require('../lib/native');

// Every deallocate_vec call from now to the end of test `t`, as [pointer, size].
// The package calls native.deallocateVec at call time, so wrapping it sees all.
function countFrees(t) {
    const real = native.deallocateVec;
    const frees = [];
    native.deallocateVec = (pointer, size) => {
        frees.push([pointer, size]);
        return real(pointer, size);
    };
    t.after(() => {
        native.deallocateVec = real;
    });
    return {
        ofSize: (size) => frees.filter(([, freed]) => freed === size).length,
    };
}

// Collects garbage and lets finalizers run until done() or `rounds` rounds.
async function collectGarbage(done = () => false, rounds = 20) {
    if (typeof global.gc !== 'function') {
        throw new Error('run the tests with node --expose-gc');
    }
    for (let round = 0; round < rounds && !done(); round++) {
        global.gc();
        await new Promise((resolve) => setImmediate(resolve));
    }
}

module.exports = { countFrees, collectGarbage };
