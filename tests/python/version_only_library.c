/* A library with libpascal's version functions and nothing else, claiming the
 * version it is compiled with: the loader must refuse it, for its major version
 * or for the functions it lacks. */
#include <stdint.h>

uint32_t pascal_version_number(void);
const char* pascal_version_string(void);

uint32_t pascal_version_number(void) { return CLAIMED_VERSION_NUMBER; }

const char* pascal_version_string(void) { return CLAIMED_VERSION_STRING; }
