module example.invalid/libpascal/pascal

go 1.19
