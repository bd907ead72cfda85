package pascal

import (
	"os"
	"runtime"
	"strings"
	"testing"
)

// TestTheLibraryComesFromTheBuildAsked: the bundled build maps no shared
// libpascal (the library is linked into the test binary, so it runs where
// none is installed), and -tags libpascal_system maps libpascal.so.1, the
// one pkg-config named.
func TestTheLibraryComesFromTheBuildAsked(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/maps")
	}
	if err := CheckVersion(); err != nil {
		t.Fatal(err)
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Fatal(err)
	}
	var shared []string
	for _, line := range strings.Split(string(maps), "\n") {
		if strings.Contains(line, "/libpascal.so") {
			shared = append(shared, line)
		}
	}
	if bundled && len(shared) > 0 {
		t.Fatalf("the bundled build loaded a shared libpascal:\n%s", strings.Join(shared, "\n"))
	}
	if !bundled && len(shared) == 0 {
		t.Fatal("the libpascal_system build loaded no libpascal.so")
	}
}
