/**
 * libpascal for Java: rows of Pascal's triangle from the C library, through
 * java.lang.foreign. On the module path, run with
 * {@code --enable-native-access=dev.libpascal}; on the class path, with
 * {@code --enable-native-access=ALL-UNNAMED}.
 */
module dev.libpascal {
    exports dev.libpascal;
}
