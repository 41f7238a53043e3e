"""The small-cell rule of the effect report (advies.report.suppression), checked against
hand-worked tables and, for random tables, against an independent brute-force attacker
that tries every other table agreeing with what is published."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advies.report.suppression import HIDDEN, SHOWN, SMALL, WITHHELD, CountTable, protect

S, M, H = SHOWN, SMALL, HIDDEN


@pytest.fixture(autouse=True)
def empty_inbox():
    """Pure functions: no database needed (overrides the package's autouse fixture)."""


def test_nothing_small_shows_everything():
    [statuses] = protect([CountTable([[5, 10], [0, 7]])])
    assert statuses == [[S, S, S], [S, S, S], [S, S, S]]


def test_zero_is_shown_and_never_used_to_protect():
    [statuses] = protect([CountTable([[0, 9], [6, 0]])])
    assert statuses == [[S, S, S], [S, S, S], [S, S, S]]


def test_one_small_cell_hides_its_rectangle():
    # 3 is small. Row 0 then has one suppressed entry: the smallest other cell (10) goes;
    # column 0: 20 goes; row 1 now has one: 30 goes. Every total stays visible, and the
    # four hidden cells can shift together (3+1, 10-1, 20-1, 30+1), so 3 is not known.
    [statuses] = protect([CountTable([[3, 10], [20, 30]])])
    assert statuses == [[M, H, S], [H, H, S], [S, S, S]]


def test_small_total_is_suppressed_too():
    # Row 0 totals 4: everything in it is small; the rest of each column must protect it.
    [statuses] = protect([CountTable([[2, 2], [9, 8]])])
    assert statuses[0] == [M, M, M]
    assert statuses[1][:2] == [H, H]  # otherwise column totals give 2 and 2 away
    assert_no_small_count_recoverable(CountTable([[2, 2], [9, 8]]), statuses)


def test_two_small_cells_whose_sum_gives_them_away_get_more_company():
    # The line rule alone hides 1, 1 in row 0 and 30, 30 below them; but row 0's total
    # (22) minus the 20 shown leaves 2, so both small cells would be 1. The audit hides
    # more (the 20, then a partner for it in its column).
    table = CountTable([[1, 1, 20], [30, 30, 30]])
    [statuses] = protect([table])
    assert statuses[0][2] == H
    assert_no_small_count_recoverable(table, statuses)
    naive = [[M, M, S, S], [H, H, S, S], [S, S, S, S]]
    assert recoverable_small_counts(table, naive), "the naive pattern should leak (test premise)"


def test_measures_side_by_side_without_row_totals():
    # Columns are different measures (received, closed): only column totals relate.
    table = CountTable([[3, 12], [15, 2], [40, 30]], row_totals=False)
    [statuses] = protect([table])
    assert statuses[0][0] == M and statuses[1][1] == M
    assert statuses[0][1] == H and statuses[2][0] == S  # 12 protects 2; 15 protects 3
    assert statuses[1][0] == H and statuses[2][1] == S
    assert_no_small_count_recoverable(table, statuses)


def test_linked_tables_share_the_fate_of_a_shared_total():
    # Two tables with the same column totals (e.g. requests by month and by municipality,
    # columns = kinds). In the second table the column total 7 of column 1 has to be hidden
    # (its 3 is small); in the first it must then be hidden as well, or the second leaks.
    links = {(2, 0): "kind-a", (2, 1): "kind-b", (2, 2): "all"}
    first = CountTable([[10, 3], [20, 4]], links=links)
    second = CountTable([[27, 3], [3, 4]], links=links)
    statuses_first, statuses_second = protect([first, second])
    for position in links:
        i, j = position
        assert statuses_first[i][j] == statuses_second[i][j]


def test_linked_tables_audit_sees_both():
    links = {(2, 0): "a", (2, 1): "b", (2, 2): "all"}
    first = CountTable([[10, 3], [20, 6]], links=links)
    second = CountTable([[25, 4], [5, 5]], links=links)
    statuses = protect([first, second])
    assert not recoverable_in_linked([first, second], statuses)


def test_linked_entries_must_agree():
    with pytest.raises(ValueError):
        protect([CountTable([[1]], links={(1, 1): "x"}), CountTable([[2]], links={(1, 1): "x"})])


def test_standalone_small_count_is_simply_suppressed():
    [statuses] = protect([CountTable([[3], [12]], row_totals=False, column_totals=False)])
    assert statuses == [[M], [S]]


def test_a_table_of_only_small_counts_that_give_each_other_away_is_withheld():
    # The grand total (4) is below 5 and each of the four cells is at least 1, so with
    # everything "< 5" a reader would still know every cell is 1: nothing is shown.
    table = CountTable([[1, 1], [1, 1]])
    [statuses] = protect([table])
    assert statuses == [[WITHHELD] * 3] * 3
    assert_no_small_count_recoverable(table, statuses)


# ---- random tables against a brute-force attacker --------------------------------------

tables = st.integers(min_value=1, max_value=3).flatmap(
    lambda rows: st.integers(min_value=1, max_value=3).flatmap(
        lambda columns: st.lists(
            st.lists(st.integers(min_value=0, max_value=12), min_size=columns, max_size=columns),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=150, deadline=None)
@given(cells=tables, row_totals=st.booleans(), column_totals=st.booleans())
def test_random_tables_never_leak_a_small_count(cells, row_totals, column_totals):
    table = CountTable(cells, row_totals=row_totals, column_totals=column_totals)
    [statuses] = protect([table])
    grid = table.grid()
    for i, row in enumerate(grid):
        for j, count in enumerate(row):
            # Withheld entries (the last resort) say nothing; everything else is marked exactly.
            if 0 < count < 5:
                assert statuses[i][j] in (SMALL, WITHHELD)
            elif statuses[i][j] == SMALL:
                pytest.fail(f"{count} marked small")
            if count == 0:
                assert statuses[i][j] in (SHOWN, WITHHELD)
    assert_no_small_count_recoverable(table, statuses)


def assert_no_small_count_recoverable(table, statuses):
    leaks = recoverable_small_counts(table, statuses)
    assert not leaks, f"small counts at {leaks} can be recomputed from {statuses} of {table.grid()}"


def published_view(grid, statuses):
    """What a reader knows of each entry: an exact value or an allowed range."""
    view = {}
    for i, row in enumerate(grid):
        for j, count in enumerate(row):
            status = statuses[i][j]
            view[(i, j)] = {SHOWN: (count, count), SMALL: (1, 4), HIDDEN: (5, None), WITHHELD: (0, None)}[
                status
            ]
    return view


def consistent(candidate_grid, view):
    for position, (low, high) in view.items():
        value = candidate_grid[position[0]][position[1]]
        if value < low or (high is not None and value > high):
            return False
    return True


def alternatives(table, statuses, *, step=1):
    """Every table that differs from the true one only in suppressed cells, by at most
    `step` per cell, and agrees with everything published. (In a single table with
    totals, any other consistent table implies one within one step: the difference is
    a sum of cycles of +1/-1 over suppressed entries.)"""
    view = published_view(table.grid(), statuses)
    n_rows, n_columns = table.n_rows, table.n_columns
    free = [(i, j) for i in range(n_rows) for j in range(n_columns) if statuses[i][j] != SHOWN]
    for deltas in itertools.product(range(-step, step + 1), repeat=len(free)):
        if not any(deltas):
            continue
        cells = [list(row) for row in table.cells]
        for (i, j), delta in zip(free, deltas, strict=True):
            cells[i][j] += delta
        if any(value < 0 for row in cells for value in row):
            continue
        candidate = CountTable(cells, row_totals=table.row_totals, column_totals=table.column_totals)
        grid = candidate.grid()
        if consistent(grid, view):
            yield grid


def recoverable_small_counts(table, statuses):
    grid = table.grid()
    small = {(i, j) for i, row in enumerate(statuses) for j, status in enumerate(row) if status == SMALL}
    unresolved = set(small)
    for candidate in alternatives(table, statuses):
        unresolved -= {(i, j) for (i, j) in unresolved if candidate[i][j] != grid[i][j]}
        if not unresolved:
            break
    return sorted(unresolved)


def recoverable_in_linked(tables, statuses_per_table, *, step=2):
    """Brute force over both tables at once; the linked entries must agree."""
    views = [published_view(t.grid(), s) for t, s in zip(tables, statuses_per_table, strict=True)]
    free = [
        (index, i, j)
        for index, (table, statuses) in enumerate(zip(tables, statuses_per_table, strict=True))
        for i in range(table.n_rows)
        for j in range(table.n_columns)
        if statuses[i][j] != SHOWN
    ]
    truth = [t.grid() for t in tables]
    small = {
        (index, i, j)
        for index, statuses in enumerate(statuses_per_table)
        for i, row in enumerate(statuses)
        for j, status in enumerate(row)
        if status == SMALL
    }
    unresolved = set(small)
    for deltas in itertools.product(range(-step, step + 1), repeat=len(free)):
        if not any(deltas):
            continue
        cells = [[list(row) for row in t.cells] for t in tables]
        for (index, i, j), delta in zip(free, deltas, strict=True):
            cells[index][i][j] += delta
        if any(value < 0 for table in cells for row in table for value in row):
            continue
        grids = [
            CountTable(c, row_totals=t.row_totals, column_totals=t.column_totals).grid()
            for c, t in zip(cells, tables, strict=True)
        ]
        if not all(consistent(g, v) for g, v in zip(grids, views, strict=True)):
            continue
        linked = {}
        agree = True
        for index, table in enumerate(tables):
            for (i, j), key in table.links.items():
                if linked.setdefault(key, grids[index][i][j]) != grids[index][i][j]:
                    agree = False
        if not agree:
            continue
        unresolved -= {(x, i, j) for (x, i, j) in unresolved if grids[x][i][j] != truth[x][i][j]}
        if not unresolved:
            break
    return sorted(unresolved)
