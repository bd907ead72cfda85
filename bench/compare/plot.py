"""bench/results/latest.png: µs per call against n, log-log, one line per
implementation, one panel per interpreter. Comparators are dashed; libpascal
lines are coloured by function, solid for cffi, dotted for ctypes and
dash-dotted for the C call alone."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: render straight to a file
import matplotlib.pyplot as plt  # noqa: E402 (after the backend is chosen)
from report import GROUP_OF, LABELS, display_keys  # noqa: E402

# tab20's strong colours then its light ones, less the greys the floors use.
COMPARATOR_COLOURS = iter(
    colour for colour in plt.get_cmap("tab20").colors[::2] + plt.get_cmap("tab20").colors[1::2] if len(set(colour)) > 1
)
FLOOR_MARKERS = iter([".", "1", "2", "3"])
FUNCTION_COLOURS = {
    "pascal_row": "black",
    "pascal_row_buffer": "tab:purple",
    "scoped_row_buffer": "tab:pink",
    "pascal_row_into": "magenta",
}


def style(key: str) -> dict:
    group = GROUP_OF[key]
    if group == "comparator":
        return {"linestyle": "--", "marker": "o", "color": next(COMPARATOR_COLOURS)}
    if group == "floor":
        return {"linestyle": ":", "marker": next(FLOOR_MARKERS), "color": "tab:gray"}
    if group == "c":
        return {"linestyle": "-.", "marker": "x", "color": FUNCTION_COLOURS[key[len("c_") :]]}
    function, backend = key.rsplit("_", 1)
    return {
        "linestyle": "-" if backend == "cffi" else ":",
        "marker": "s" if backend == "cffi" else "^",
        "color": FUNCTION_COLOURS[function],
    }


def plot(run: dict, path: Path) -> None:
    tables = run["tables"]
    keys = display_keys(run.get("all_builds", False))
    styles = {key: style(key) for key in keys}
    figure, axes = plt.subplots(1, len(tables), figsize=(7 * len(tables), 7.5), sharey=True, squeeze=False)
    for axis, table in zip(axes[0], tables):
        for key in keys:
            points = sorted(
                (n, entry["seconds"] * 1e6) for n, entry in table["results"].get(key, {}).items() if "seconds" in entry
            )
            if points:
                sizes, times = zip(*points)
                axis.plot(sizes, times, markersize=4, label=LABELS[key].replace("`", ""), **styles[key])
        axis.set(xscale="log", yscale="log", xlabel="n (entries in the row)", title=table["interpreter"])
        axis.grid(True, which="major", alpha=0.3)
    axes[0][0].set_ylabel("µs per call (best of repeats)")
    handles, labels = axes[0][0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="lower center", ncol=3, fontsize="small", frameon=False)
    figure.suptitle(run["machine"], fontsize="x-small", wrap=True)
    figure.tight_layout(rect=(0, 0.27, 1, 0.95))
    figure.savefig(path, dpi=110)
    plt.close(figure)
