'use strict';
// Shared by the test files: counting the frees the package asks libpascal
// for and the C calls it makes (or making them differently, to reach the
// errors its own checks keep from C), and letting the garbage collector run
// (node --expose-gc).

const native = require('../lib/native');

// Every pascal_array_free call from now to the end of test `t`, as the
// [pointer, size] of the array it was given (read before the call, which
// empties the array). The package calls native.arrayFree at call time, so
// wrapping it sees all.
function countFrees(t) {
    const real = native.arrayFree;
    const frees = [];
    native.arrayFree = (array) => {
        frees.push([array.data, array.size]);
        return real(array);
    };
    t.after(() => {
        native.arrayFree = real;
    });
    return {
        ofSize: (size) => frees.filter(([, freed]) => freed === size).length,
    };
}

// How often the package calls native[name] from now to the end of test `t`;
// `instead`, if given, is called in its place with the real function first.
function callsTo(t, name, instead = (real, ...args) => real(...args)) {
    const real = native[name];
    let calls = 0;
    native[name] = (...args) => {
        calls++;
        return instead(real, ...args);
    };
    t.after(() => {
        native[name] = real;
    });
    return { count: () => calls };
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

module.exports = { countFrees, callsTo, collectGarbage };
