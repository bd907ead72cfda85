// Generated from include/pascal/pascal.h by scripts/generate_declarations.py: do not edit.
// cmake --build <build dir> --target pascal_regenerate rewrites it.

package pascal

// documentedErrors: the errno values libpascal reports, by name, with what it means by each (pascal.h's Errors block).
var documentedErrors = []struct{ name, meaning string }{
	{"EINVAL", "a pointer the call needs is NULL."},
	{"ENOMEM", "the entries cannot be allocated; for the calls that allocate, also an entry count or byte size that does not fit in size_t."},
	{"EOVERFLOW", "the entry count does not fit in size_t, for the calls that allocate nothing."},
	{"EDOM", "an entry index is not in row n: k >= n, or k0 + count > n."},
}
