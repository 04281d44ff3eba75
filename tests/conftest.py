from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAGES = ROOT / "examples" / "pages"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def pages() -> list[Path]:
    return sorted(PAGES.glob("*.txt"))
