"""`python -m kg` runs the same CLI as the `kg` console script."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_python_dash_m_kg_runs_the_cli():
    res = subprocess.run([sys.executable, "-m", "kg", "--help"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "Usage: kg" in res.stdout
    assert "extract" in res.stdout


def test_python_dash_m_kg_extracts(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("Berita\n\nKPU Kota Semarang Gelar Rapat Pleno\n\n"
                    "Semarang, kota-semarang.kpu.go.id - KPU Kota Semarang menggelar rapat pleno "
                    "pada Senin (3/3/2025). Rapat dipimpin Ketua KPU Kota Semarang Budi Santoso.\n",
                    encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "kg", "extract", str(page)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert '"HOLDS"' in res.stdout
