module pascal-example-go

go 1.19

require example.invalid/libpascal/pascal v1.1.0

// The package is used from this checkout, not fetched: a replace directive in
// the example's own go.mod (no go.work), so `go build` works from this
// directory alone and a user sees the one line to change for their copy.
replace example.invalid/libpascal/pascal => ../../bindings/go
