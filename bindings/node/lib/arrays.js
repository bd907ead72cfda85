'use strict';
// What a caller's Uint32Array really is. koffi passes C the address V8 keeps
// for the array (its buffer's data plus its byteOffset, read inside V8 by
// napi_get_buffer_info, never from the array's properties), and C writes as
// many entries as it is told the array holds. So that count must come from
// V8's record too: `length` can be an own property or a subclass getter, and
// `instanceof` is true of any object given Uint32Array.prototype; either lie
// would let C write past the array.

const { types } = require('node:util');

// Taken once, at load: a caller who later replaces util.types.isUint32Array,
// Reflect.apply or the prototype's getter does not change these.
const { isUint32Array } = types;
const { apply } = Reflect;
const lengthGetter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint32Array.prototype), 'length').get;

// The entries a real typed array holds: 0 once its buffer is detached.
function entriesOf(array) {
    return apply(lengthGetter, array, []);
}

// The capacity to give C for `out`, or a TypeError unless it is a real
// Uint32Array (a Proxy of one, or a look-alike, is not). Call it in the C
// call's argument list: no JavaScript runs between it and C that could
// shrink the array (a resizable buffer's, or a detach).
function capacityOf(out) {
    if (!isUint32Array(out)) {
        const error = new TypeError('out must be a Uint32Array');
        error.code = 'ERR_INVALID_ARG_TYPE';
        throw error;
    }
    return entriesOf(out);
}

module.exports = { isUint32Array, entriesOf, capacityOf };
