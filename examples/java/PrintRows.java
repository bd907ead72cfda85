// libpascal from Java through the dev.libpascal package (bindings/java):
// print row 10 and entry 17 of row 35.
//
// Run with the package's jar on the class path, on a JDK 22 or newer:
//   java --enable-native-access=ALL-UNNAMED -cp pascal-1.1.0.jar PrintRows.java
// The jar carries libpascal for every platform the project builds and loads
// its own; PASCAL_LIBRARY (a file) or PASCAL_LIBDIR (a directory) names
// another (consumers.java loads the build's this way).
//
// Gotchas the package handles: Java has no unsigned int, so Pascal.row()
// returns long[] and Row.get() a long (C(34, 17) = 2333606220 would read as
// -1961361076 in an int); a Row is the library's own memory, so close it
// (try-with-resources) and the library frees it, once.
import dev.libpascal.Pascal;
import dev.libpascal.Row;
import java.util.Arrays;
import java.util.stream.Collectors;

public final class PrintRows {
    public static void main(String[] args) {
        long[] ten = Pascal.row(10);
        System.out.println("pascal_row(10): "
                + Arrays.stream(ten).mapToObj(Long::toString).collect(Collectors.joining(" ")));
        try (Row thirtyFive = Pascal.rowView(35)) {
            System.out.println("pascal_row(35)[17]: " + thirtyFive.get(17));
        }
    }
}
