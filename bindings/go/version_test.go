package pascal

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestTheLoadedLibraryHasTheSupportedMajorVersion(t *testing.T) {
	if err := CheckVersion(); err != nil {
		t.Fatal(err)
	}
	number := VersionNumber()
	if number/10000 != MajorVersion {
		t.Fatalf("VersionNumber() = %d, want major %d", number, MajorVersion)
	}
	want := fmt.Sprintf("%d.%d.%d", number/10000, number/100%100, number%100)
	if Version() != want {
		t.Fatalf("Version() = %q, VersionNumber() = %d", Version(), number)
	}
}

func TestOnlyMajorVersionOneIsAccepted(t *testing.T) {
	for _, c := range []struct {
		number int
		ok     bool
	}{{10000, true}, {10100, true}, {19999, true}, {9999, false}, {20000, false}, {0, false}} {
		err := checkMajor(c.number, "x.y.z")
		if (err == nil) != c.ok {
			t.Fatalf("checkMajor(%d) = %v, want ok = %v", c.number, err, c.ok)
		}
		if err != nil {
			wantErr(t, err, "CheckVersion", ErrVersion)
		}
	}
}

// TestALibraryOfAnotherMajorVersionIsRefused: against a libpascal.so.1 that
// reports version 2.0.0, every call must return ErrVersion, naming both
// versions, and never reach the library.
func TestALibraryOfAnotherMajorVersionIsRefused(t *testing.T) {
	againstMajor2(t, func(t *testing.T) {
		runs := append([]call(nil), sized...)
		runs = append(runs,
			call{"Entry", func(n int) error { _, err := Entry(uint64(n), 1); return err }},
			call{"RowRange", func(n int) error { _, err := RowRange(uint64(n), 1, 2); return err }},
			call{"RowRangeInto", func(n int) error { _, err := RowRangeInto(uint64(n), 1, make([]uint32, 2)); return err }})
		for _, c := range runs {
			err := c.run(3)
			wantErr(t, err, "CheckVersion", ErrVersion)
			if !strings.Contains(err.Error(), "libpascal 2.0.0 is loaded, this package needs major version 1") {
				t.Fatalf("%s: unclear message %q", c.op, err)
			}
		}
		if Version() != "2.0.0" {
			t.Fatalf("Version() = %q, want the stand-in's 2.0.0", Version())
		}
	})
}

// againstMajor2 runs check in a second run of this test binary, limited to
// t's test, against a stand-in libpascal.so.1 that reports version 2.0.0
// (testdata/major2.c, compiled with the C compiler cgo uses), whose other
// functions abort: a check that passes there reached none of them. The
// bundled build links the library in, and no stand-in can take its place:
// these tests run with -tags libpascal_system (bindings.go.test and the
// others in CTest).
func againstMajor2(t *testing.T, check func(t *testing.T)) {
	if bundled {
		t.Skip("the bundled library is linked in: no stand-in libpascal.so.1 can replace it (run with -tags libpascal_system)")
	}
	const passed = "passed against 2.0.0"
	if os.Getenv("PASCAL_GO_TEST_MAJOR2") == "1" {
		check(t)
		if !t.Failed() {
			fmt.Println(passed)
		}
		return
	}
	dir := t.TempDir()
	cc := strings.Fields(goEnv(t, "CC"))
	build := exec.Command(cc[0], append(cc[1:], "-shared", "-fPIC", "-Wl,-soname,libpascal.so.1",
		"-o", filepath.Join(dir, "libpascal.so.1"), filepath.Join("testdata", "major2.c"))...)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("%v: %v\n%s", build, err, out)
	}
	run := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
	run.Env = append(os.Environ(), "PASCAL_GO_TEST_MAJOR2=1", "LD_LIBRARY_PATH="+dir)
	out, err := run.CombinedOutput()
	if err != nil || !strings.Contains(string(out), passed) {
		t.Fatalf("against version 2.0.0: %v\n%s", err, out)
	}
}

func goEnv(t *testing.T, name string) string {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
}
