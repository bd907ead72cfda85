"""Settings shared by the whole Python suite. The suite runs on every
interpreter and backend CTest names, so a skipped test counts as a failure."""

import pytest
from hypothesis import settings

# No example database in the working tree; no deadline, since PyPy's first
# examples run before its JIT has warmed up.
settings.register_profile("pascal", database=None, deadline=None)
settings.load_profile("pascal")


def pytest_configure(config: pytest.Config) -> None:
    # Deselected (-m "not resident_memory") under LeakSanitizer, which checks
    # every allocation itself, and under qemu-user, where the emulator's own
    # memory is counted too and the hundreds of thousands of calls take
    # minutes; they run natively on every interpreter and backend.
    config.addinivalue_line("markers", "resident_memory: the test measures the process's resident memory")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped and exitstatus == pytest.ExitCode.OK:
        reporter.write_line(f"FAILED: {len(skipped)} test(s) skipped; every test must run here", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
