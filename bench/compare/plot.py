"""bench/results/latest.png: µs per call against n, log-log, one line per
implementation, one panel per interpreter."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: render straight to a file
import matplotlib.pyplot as plt  # noqa: E402 (after the backend is chosen)

from report import GROUP_OF, LABELS  # noqa: E402

STYLE = {"comparator": "--", "libpascal": "-", "c": "-.", "floor": ":"}


def plot(run: dict, path: Path) -> None:
    tables = run["tables"]
    figure, axes = plt.subplots(1, len(tables), figsize=(7 * len(tables), 6.5), sharey=True, squeeze=False)
    colours = plt.get_cmap("tab20")
    for axis, table in zip(axes[0], tables):
        for index, key in enumerate(LABELS):
            points = sorted((n, entry["seconds"] * 1e6) for n, entry in table["results"].get(key, {}).items()
                            if "seconds" in entry)
            if not points:
                continue
            sizes, times = zip(*points)
            axis.plot(sizes, times, STYLE[GROUP_OF[key]], marker="o", markersize=3,
                      color=colours(index % 20), label=LABELS[key])
        axis.set(xscale="log", yscale="log", xlabel="n (entries in the row)", title=table["interpreter"])
        axis.grid(True, which="major", alpha=0.3)
    axes[0][0].set_ylabel("µs per call (best of repeats)")
    handles, labels = axes[0][0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="lower center", ncol=3, fontsize="small", frameon=False)
    figure.suptitle(run["machine"], fontsize="x-small", wrap=True)
    figure.tight_layout(rect=(0, 0.2, 1, 0.95))
    figure.savefig(path, dpi=110)
    plt.close(figure)
