"""Writes the seed corpus of api_fuzzer.cpp into corpus/: one small input per
promise of the header, named for what it exercises. The fuzzer grows its own
corpus from these; CTest replays exactly these in every build.

An input is a sequence of steps, each a step byte then its arguments, read
as api_fuzzer.cpp reads them (multi-byte values big-endian):

  step 0 pascal_row            N
  step 1 pascal_row_into       N, pointer byte (% 4 == 0: NULL), CAPACITY
  step 2 pascal_triangle       ROWS
  step 3 pascal_triangle_into  ROWS, pointer byte, CAPACITY
  step 4 no size_out           which byte (% 2: 0 row, 1 triangle), N or ROWS
  step 5 deallocate_vec(NULL, len) and the constants: len (8 bytes)

  N:    0 b (b % 64) | 1 hh ll (% 1101) | 5 3 bytes (% 65537)
        | 6 i (an unallocatable n) | 7 8 bytes (| 2^42)
  ROWS: 0 b (b % 64) | 2 hh ll (% 301) | 6 i (unallocatable rows) | 7 8 bytes
  CAPACITY with a buffer: 0 (zero) | 1 (one short) | 2 (exact)
        | 4 b (exact + 1 + b % 63) | 5 3 bytes (any)
  CAPACITY with NULL: 0 (a size query) | 1 then 8 bytes (| 1)

Run: /usr/bin/python3 tests/reliability/fuzz/make_seed_corpus.py
"""

from pathlib import Path
from typing import List

ROW, ROW_INTO, TRIANGLE, TRIANGLE_INTO, NO_SIZE_OUT, CONSTANTS = range(6)
BUFFER, NULL = 1, 0


def small(n: int) -> List[int]:
    return [0, n]


def table(n: int) -> List[int]:
    return [1, n >> 8, n & 0xFF]


def large(n: int) -> List[int]:
    return [5, n >> 16, (n >> 8) & 0xFF, n & 0xFF]


def unallocatable(index: int) -> List[int]:
    return [6, index]


def huge(value: int) -> List[int]:
    return [7, *value.to_bytes(8, "big")]


def table_rows(rows: int) -> List[int]:
    return [2, rows >> 8, rows & 0xFF]


ZERO, ONE_SHORT, EXACT = [0], [1], [2]


def extra(count: int) -> List[int]:
    return [4, count - 1]


SEEDS = {
    "row_0_empty": [ROW, *small(0)],
    "row_1": [ROW, *small(1)],
    "row_10": [ROW, *small(10)],
    "row_35_last_exact": [ROW, *small(35)],
    "row_36_first_wrapping": [ROW, *small(36)],
    "row_41": [ROW, *small(41)],
    "row_1025": [ROW, *table(1025)],
    "row_1100_table_end": [ROW, *table(1100)],
    "row_1101_first_by_recurrence": [ROW, *large(1101)],
    "row_4097": [ROW, *large(4097)],
    "row_65536_largest": [ROW, *large(65536)],
    **{f"row_enomem_{i}": [ROW, *unallocatable(i)] for i in range(6)},
    "row_enomem_random_huge": [ROW, *huge(0x123456789ABC)],
    "row_into_capacity_0": [ROW_INTO, *small(10), BUFFER, *ZERO],
    "row_into_one_short": [ROW_INTO, *small(10), BUFFER, *ONE_SHORT],
    "row_into_exact": [ROW_INTO, *small(10), BUFFER, *EXACT],
    "row_into_room_to_spare": [ROW_INTO, *small(10), BUFFER, *extra(7)],
    "row_into_n_0": [ROW_INTO, *small(0), BUFFER, *extra(5)],
    "row_into_1101_exact": [ROW_INTO, *large(1101), BUFFER, *EXACT],
    "row_into_huge_n": [ROW_INTO, *unallocatable(0), BUFFER, 5, 0, 1, 0],
    "row_into_null_size_query": [ROW_INTO, *small(10), NULL, 0],
    "row_into_null_huge_size_query": [ROW_INTO, *unallocatable(0), NULL, 0],
    "row_into_null_einval": [ROW_INTO, *small(10), NULL, 1, *[0] * 7, 3],
    "triangle_0_empty": [TRIANGLE, *small(0)],
    "triangle_1": [TRIANGLE, *small(1)],
    "triangle_36": [TRIANGLE, *small(36)],
    "triangle_300_largest": [TRIANGLE, *table_rows(300)],
    **{f"triangle_enomem_{i}": [TRIANGLE, *unallocatable(i)] for i in range(6)},
    "triangle_into_exact": [TRIANGLE_INTO, *small(40), BUFFER, *EXACT],
    "triangle_into_one_short": [TRIANGLE_INTO, *small(40), BUFFER, *ONE_SHORT],
    "triangle_into_room_to_spare": [TRIANGLE_INTO, *small(40), BUFFER, *extra(3)],
    "triangle_into_overflow": [TRIANGLE_INTO, *unallocatable(3), BUFFER, *ZERO],
    "triangle_into_null_size_query": [TRIANGLE_INTO, *small(40), NULL, 0],
    "triangle_into_null_overflow": [TRIANGLE_INTO, *unallocatable(5), NULL, 0],
    "triangle_into_null_einval": [TRIANGLE_INTO, *small(40), NULL, 1, *[0] * 8],
    "row_no_size_out": [NO_SIZE_OUT, 0, *small(5)],
    "triangle_no_size_out": [NO_SIZE_OUT, 1, *small(5)],
    "deallocate_null_size_max": [CONSTANTS, *[0xFF] * 8],
    "every_step_once": [
        ROW,
        *small(10),
        ROW_INTO,
        *table(36),
        BUFFER,
        *EXACT,
        TRIANGLE,
        *small(7),
        TRIANGLE_INTO,
        *small(9),
        BUFFER,
        *extra(2),
        NO_SIZE_OUT,
        0,
        *small(3),
        CONSTANTS,
        *[0] * 8,
        ROW,
        *unallocatable(1),
    ],
}


def main() -> None:
    corpus = Path(__file__).resolve().parent / "corpus"
    corpus.mkdir(exist_ok=True)
    for stale in corpus.iterdir():
        if stale.name not in SEEDS:
            stale.unlink()
    for name, data in SEEDS.items():
        (corpus / name).write_bytes(bytes(data))
    print(f"{len(SEEDS)} seeds in {corpus}")


if __name__ == "__main__":
    main()
