"""The shared evaluator runs our CLI end to end and prints its summary line."""

import re
import subprocess
import sys
from pathlib import Path

from conftest import shared_path


def test_evaluate_runs_to_summary(sample_pdf):
    tool = shared_path("tools", "evaluate.py")
    gold = shared_path("gold", "zhang2017-advsci.gold.json")
    cli = Path(sys.executable).with_name("anodekg")
    result = subprocess.run([sys.executable, str(tool), str(sample_pdf), str(gold), "--cli", str(cli)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert re.match(r"figures P=\d\.\d+ R=\d\.\d+ F1=\d\.\d+ \| classes \d+/\d+ right", last), last
