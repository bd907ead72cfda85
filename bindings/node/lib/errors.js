'use strict';
// The library's failures as one Error subclass, named by the errno code the
// library returned, so callers branch on `.code` as on Node's own system errors.

const { getSystemErrorName } = require('node:util');

const WHY = {
    EINVAL: 'invalid argument',
    ENOMEM: 'the entries cannot be allocated',
    EOVERFLOW: 'the entry count does not fit in size_t',
};

class PascalError extends Error {
    constructor(call, errno) {
        const code = getSystemErrorName(-errno);
        super(`${call} failed: ${code} (${WHY[code] ?? 'unexpected error'})`);
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
