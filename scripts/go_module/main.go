// Command go_module writes a Go module as a module proxy serves it (the
// GOPROXY protocol, which GOPROXY=file://DIR reads): DIR/<module path>/@v/
// list, vX.Y.Z.info, .mod and .zip. The zip is made by golang.org/x/mod/zip,
// the go command's own code, so it holds exactly the files the go command
// would take from the module's folder (no nested modules, no vendor/) and
// passes the same checks. Reproducible: the zip's entries are in a fixed
// order with no times, and .info's time is the one given (SOURCE_DATE_EPOCH).
//
//	go run . MODULE_DIR VERSION UNIX_TIME OUT_DIR
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: go_module MODULE_DIR VERSION UNIX_TIME OUT_DIR")
		os.Exit(2)
	}
	if err := write(os.Args[1], os.Args[2], os.Args[3], os.Args[4]); err != nil {
		fmt.Fprintln(os.Stderr, "go_module:", err)
		os.Exit(1)
	}
}

func write(dir, version, unixTime, out string) error {
	goMod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	path := modfile.ModulePath(goMod)
	m := module.Version{Path: path, Version: version}
	if err := module.Check(path, version); err != nil {
		return err
	}
	escapedPath, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	escapedVersion, err := module.EscapeVersion(version)
	if err != nil {
		return err
	}
	seconds, err := strconv.ParseInt(unixTime, 10, 64)
	if err != nil {
		return err
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, time.Unix(seconds, 0).UTC()})
	if err != nil {
		return err
	}
	at := filepath.Join(out, filepath.FromSlash(escapedPath), "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		return err
	}
	files := map[string][]byte{
		"list":                   []byte(version + "\n"),
		escapedVersion + ".info": append(info, '\n'),
		escapedVersion + ".mod":  goMod,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(at, name), data, 0o644); err != nil {
			return err
		}
	}
	zip, err := os.Create(filepath.Join(at, escapedVersion+".zip"))
	if err != nil {
		return err
	}
	if err := modzip.CreateFromDir(zip, m, dir); err != nil {
		zip.Close()
		return err
	}
	return zip.Close()
}
