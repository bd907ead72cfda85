'use strict';
// The library's failures as one Error subclass, named by the errno code the
// library returned, so callers branch on `.code` as on Node's own system errors.
// The codes the library reports, and what each means, are pascal.h's Errors
// block, generated into declarations.js.

const { constants } = require('node:os');
const { getSystemErrorName } = require('node:util');
const { errors: WHY } = require('./declarations');

// The library's codes by number, from the platform's errno values:
// getSystemErrorName knows only libuv's codes, which have no EDOM
// ("Unknown system error -33").
const CODES = new Map(Object.keys(WHY).map((code) => [constants.errno[code], code]));

class PascalError extends Error {
    constructor(call, errno) {
        // errno 0: the call failed without setting it (getSystemErrorName
        // would throw a RangeError in place of this error).
        const code = CODES.get(errno) ?? (errno > 0 ? getSystemErrorName(-errno) : 'UNKNOWN');
        const why = errno > 0 ? WHY[code] ?? 'unexpected error' : 'errno was not set';
        super(`${call} failed: ${code} (${why.replace(/\.$/, '')})`);
        this.name = 'PascalError';
        this.code = code;
        this.errno = errno;
    }
}

// Using a view after dispose(): an error, never a read of freed memory.
class DisposedError extends Error {
    constructor(what) {
        super(`${what} was disposed: its memory is back with libpascal`);
        this.name = 'DisposedError';
        this.code = 'ERR_PASCAL_DISPOSED';
    }
}

module.exports = { PascalError, DisposedError };
