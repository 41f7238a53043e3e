"""Small-cell suppression: no count of 1 to 4 people is shown, nor can it be recomputed.

The rule of the effect report, as a pure function over tables of counts with their totals:

1. *Primary suppression*: every count from 1 to 4 (a cell or a total) is shown as "< 5".
   A zero is shown: it says that nobody is counted, which discloses no one.
2. *Secondary suppression*: a count of 5 or more is hidden as well ("×") where otherwise a
   small count could be recomputed. First the classic line rule: in every line of a table
   (a row with its total, a column with its total, the row of column totals with the
   grand total, ...) either nothing or at least two entries are suppressed; the second
   one is the smallest non-zero count still shown in that line (a cell before a total).
   Zeros are never used for this: the reader would know them to be zero.
3. *Audit*: the line rule alone is not enough (two small cells in a row whose sum is
   known to be 2 are both 1; tables sharing totals can be combined). So every small count
   is checked exactly: we ask an integer linear program (scipy's HiGHS) whether another
   table exists that agrees with everything published - every shown count, every
   relation between counts and totals in all linked tables, "< 5" meaning 1 to 4 and "×"
   meaning 5 or more - in which that count has another value. Where none exists, one
   more count in the small count's lines is hidden and everything is checked again.
4. *Withholding*: where even that cannot help (e.g. a table of four 1s with its totals:
   a grand total below 5 over four cells of at least 1 makes every cell 1), every entry
   of the tables holding the exposed count is withheld ("–", any value from 0 up),
   zeros included, and the check is repeated over what remains.
   In two-way tables with totals the constraint matrix is totally unimodular, and in
   general the check is exact because it is an integer program, not a relaxation.

Tables are *linked* when an entry of one is the same quantity as an entry of another
(e.g. requests per kind are the column totals of the tables by month, by municipality,
by route and by channel). Linked entries get the same key and always share their fate,
and the audit sees all linked tables at once.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

SMALLEST_SHOWN = 5  # counts below this (but above zero) are never shown

SHOWN = "shown"
SMALL = "small"  # primary: 1 to 4, shown as "< 5"
HIDDEN = "hidden"  # secondary: 5 or more, hidden to protect a small count
WITHHELD = "withheld"  # last resort: not shown at all, any value from 0 up


@dataclass
class CountTable:
    """A table of counts as it will be published.

    `cells` holds rows of non-negative integers without totals. With `row_totals`
    every row gets a total (an extra last column), with `column_totals` every column
    gets one (an extra last row); with both there is a grand total. Positions in
    `links` and in the result address this grid *with* its totals.
    """

    cells: list[list[int]]
    row_totals: bool = True
    column_totals: bool = True
    links: dict[tuple[int, int], Hashable] = field(default_factory=dict)

    @property
    def n_rows(self):
        return len(self.cells)

    @property
    def n_columns(self):
        return len(self.cells[0]) if self.cells else 0

    def grid(self):
        """The counts with their totals, as published (list of rows)."""
        rows = [list(row) for row in self.cells]
        if self.row_totals:
            for row in rows:
                row.append(sum(row))
        if self.column_totals and rows:
            rows.append([sum(row[j] for row in rows) for j in range(len(rows[0]))])
        return rows

    def lines(self):
        """Every sum relation as (positions of the parts, position of the total)."""
        n_rows, n_columns = self.n_rows, self.n_columns
        found = []
        if not n_rows or not n_columns:
            return found
        if self.row_totals:
            last_row = n_rows + (1 if self.column_totals else 0)
            for i in range(last_row):
                found.append(([(i, j) for j in range(n_columns)], (i, n_columns)))
        if self.column_totals:
            last_column = n_columns + (1 if self.row_totals else 0)
            for j in range(last_column):
                found.append(([(i, j) for i in range(n_rows)], (n_rows, j)))
        return found


def protect(tables):
    """The status of every entry of every table (SHOWN, SMALL or HIDDEN), as one list
    of grids (rows of statuses, totals included) per table.

    Linked entries (the same key in `links`) must hold the same count; they always get
    the same status. The result guarantees that no SMALL entry can be recomputed
    exactly from everything shown in these tables together.
    """
    problem = _Problem(tables)
    problem.apply_primary()
    while True:
        problem.apply_line_rule()
        exposed = problem.exposed_small_counts()
        if not exposed:
            break
        if any(problem.hide_one_more_near(key) or problem.hide_everything_near(key) for key in exposed):
            continue
        if not any([problem.withhold_tables_of(key) for key in exposed]):
            break  # everything around them is withheld already: nothing more to do
    return problem.statuses()


class _Problem:
    def __init__(self, tables):
        self.tables = list(tables)
        self.grids = [table.grid() for table in self.tables]
        self.value = {}  # key -> count
        self.status = {}  # key -> status
        self.where = {}  # key -> [(table index, position)]
        for index, (table, grid) in enumerate(zip(self.tables, self.grids, strict=True)):
            for i, row in enumerate(grid):
                for j, count in enumerate(row):
                    if count < 0 or int(count) != count:
                        raise ValueError(f"Counts must be non-negative integers, got {count!r}.")
                    key = table.links.get((i, j), (index, i, j))
                    if key in self.value and self.value[key] != count:
                        raise ValueError(f"Linked entries {key!r} differ: {self.value[key]} and {count}.")
                    self.value[key] = int(count)
                    self.status[key] = SHOWN
                    self.where.setdefault(key, []).append((index, (i, j)))
        self.lines = []  # (keys of parts, key of total)
        seen = set()
        for index, table in enumerate(self.tables):
            for parts, total in table.lines():
                line = (tuple(self.key_at(index, p) for p in parts), self.key_at(index, total))
                if line not in seen:
                    seen.add(line)
                    self.lines.append(line)
        self.lines_of = {}
        for number, (parts, total) in enumerate(self.lines):
            for key in (*parts, total):
                self.lines_of.setdefault(key, []).append(number)

    def key_at(self, index, position):
        return self.tables[index].links.get(position, (index, *position))

    def apply_primary(self):
        for key, count in self.value.items():
            if 0 < count < SMALLEST_SHOWN:
                self.status[key] = SMALL

    def suppressed(self, key):
        return self.status[key] != SHOWN

    def candidates(self, line_numbers):
        """Shown, non-zero entries of these lines: cells before totals, smallest first."""
        found = {}
        for number in line_numbers:
            parts, total = self.lines[number]
            for rank, keys in ((0, parts), (1, (total,))):
                for key in keys:
                    if not self.suppressed(key) and self.value[key] > 0:
                        found[key] = min(found.get(key, rank), rank)
        return sorted(found, key=lambda key: (found[key], self.value[key], repr(key)))

    def hide(self, key):
        self.status[key] = HIDDEN

    def apply_line_rule(self):
        changed = True
        while changed:
            changed = False
            for number, (parts, total) in enumerate(self.lines):
                if sum(1 for key in (*parts, total) if self.suppressed(key)) == 1:
                    options = self.candidates([number])
                    if options:
                        self.hide(options[0])
                        changed = True

    def hide_one_more_near(self, key):
        options = self.candidates(self.lines_of.get(key, []))
        if not options:
            return False
        self.hide(options[0])
        return True

    def hide_everything_near(self, key):
        """Last resort: hide every non-zero entry of the tables this count appears in.
        Returns whether anything changed."""
        tables = {index for index, _position in self.where[key]}
        changed = False
        for other, places in self.where.items():
            near = any(index in tables for index, _position in places)
            if near and self.value[other] > 0 and not self.suppressed(other):
                self.hide(other)
                changed = True
        return changed

    def withhold_tables_of(self, key):
        """Withhold every entry of the tables this count appears in. Returns whether
        anything changed."""
        tables = {index for index, _position in self.where[key]}
        changed = False
        for other, places in self.where.items():
            if self.status[other] != WITHHELD and any(index in tables for index, _position in places):
                self.status[other] = WITHHELD
                changed = True
        return changed

    def exposed_small_counts(self):
        """Suppressed counts of 1 to 4 whose value follows exactly from what is shown
        (see module doc)."""
        unknown = [key for key in self.value if self.suppressed(key)]
        if not unknown:
            return []
        column = {key: n for n, key in enumerate(unknown)}
        rows, rhs = [], []
        for parts, total in self.lines:
            keys = (*parts, total)
            if not any(self.suppressed(key) for key in keys):
                continue
            row = np.zeros(len(unknown))
            known = 0
            for key in parts:
                if self.suppressed(key):
                    row[column[key]] += 1
                else:
                    known += self.value[key]
            if self.suppressed(total):
                row[column[total]] -= 1
                rhs.append(-known)
            else:
                rhs.append(self.value[total] - known)
            rows.append(row)
        known_range = {
            SMALL: (1, SMALLEST_SHOWN - 1),
            HIDDEN: (SMALLEST_SHOWN, np.inf),
            WITHHELD: (0, np.inf),
        }
        lower = np.array([known_range[self.status[key]][0] for key in unknown], float)
        upper = np.array([known_range[self.status[key]][1] for key in unknown], float)
        constraints = [LinearConstraint(np.array(rows), rhs, rhs)] if rows else []
        true_values = np.array([self.value[key] for key in unknown], float)
        protected = set()
        exposed = []
        for key in unknown:
            if not 0 < self.value[key] < SMALLEST_SHOWN or key in protected:
                continue
            witness = self._alternative(column[key], self.value[key], lower, upper, constraints)
            if witness is None:
                exposed.append(key)
                continue
            # Every small count that differs in this other table is protected as well.
            for other, n in column.items():
                if abs(witness[n] - true_values[n]) > 0.5:
                    protected.add(other)
        return exposed

    @staticmethod
    def _alternative(index, true_value, lower, upper, constraints):
        """Another integer solution in which entry `index` differs, or None."""
        size = len(lower)
        for low, high in ((lower[index], true_value - 1), (true_value + 1, upper[index])):
            if low > high:
                continue
            bounds_low, bounds_high = lower.copy(), upper.copy()
            bounds_low[index], bounds_high[index] = low, high
            result = milp(
                c=np.zeros(size),
                integrality=np.ones(size),
                bounds=Bounds(bounds_low, bounds_high),
                constraints=constraints,
            )
            if result.status == 0:
                return result.x
        return None

    def statuses(self):
        result = []
        for index, grid in enumerate(self.grids):
            result.append(
                [
                    [self.status[self.key_at(index, (i, j))] for j in range(len(row))]
                    for i, row in enumerate(grid)
                ]
            )
        return result
