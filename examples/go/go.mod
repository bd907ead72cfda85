module pascal-example-go

go 1.19
