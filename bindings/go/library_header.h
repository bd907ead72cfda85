/* The declarations every cgo preamble of the package includes: the bundled
 * copy's header (libpascal.h beside this file, defines from bundled.go), or
 * the system libpascal's, found through pkg-config (system.go). */
#ifdef PASCAL_GO_BUNDLED
#include "libpascal.h"
#else
#include <pascal/pascal.h>
#endif
