//go:build libpascal_system

package pascal

// With -tags libpascal_system: the libpascal installed on the system, found
// through pkg-config (its pascal.pc, or a build tree's pascal-uninstalled.pc
// when PKG_CONFIG_PATH names it; no path is written here), and loaded at run
// time (libpascal.so.1). None of the bundled sources is compiled: their
// build constraint (!libpascal_system) leaves them out.

/*
#cgo pkg-config: pascal
*/
import "C"

// bundled says which build this is, for the tests: the library is loaded
// at run time, so a stand-in libpascal.so.1 can take its place.
const bundled = false
