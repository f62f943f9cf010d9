"""A batch of real public documents: the Madison reconstruction (old → new, one agency's two
versions; corpora/madison-2017/SOURCE.md) and real NZ Police Manual chapters (original PDFs,
corpora/nz-police/SOURCE.md), each chapter a series of versions in date order.

    python bench/batch_real.py --out bench/out/batch-real

writes ``manifest.csv`` (id, path, agency, date) with absolute paths into the repository's
corpora (nothing is copied). The batch is run without ``--against``: each series' versions in
date order. ``MADISON_NEW`` is what the seed reporting (../shared/seeds/README.md) says the 2017
code and SOP do, as matrix cells: the test and the bench check the new version's row against it."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
NZ = CORPORA / "nz-police"
COI = NZ / "managing-conflicts-of-interest"

DOCUMENTS = [  # id, file, agency (the series a version belongs to), date of the version
    ("madison-2016", CORPORA / "madison-2017" / "old.pdf", "Madison Police Department", "2016-12-31"),
    ("madison-2017", CORPORA / "madison-2017" / "new.pdf", "Madison Police Department", "2017-01-15"),
    ("nz-coi-2023-09", COI / "2023-09-06.pdf", "NZ Police: conflicts", "2023-09-06"),
    ("nz-coi-2023-12", COI / "2023-12-19.pdf", "NZ Police: conflicts", "2023-12-19"),
    ("nz-trespass-2022", NZ / "trespass" / "2022-08-29.pdf", "NZ Police: trespass", "2022-08-29"),
    ("nz-trespass-2024", NZ / "trespass" / "2024-08-26.pdf", "NZ Police: trespass", "2024-08-26"),
]

MADISON_NEW = {  # the 2017 code and SOP, in the matrix's words; the seed points in brackets
    "cooperate_requests": "permitted",  # only when terrorism, gang, violent felony, deported felon (1-4, 12)
    "inquire_status": "prohibited",  # officers do not routinely inquire (6)
    "request_documents": "prohibited",  # no passport, green card or other immigration document (7)
    "accept_documents": "permitted",  # such documents accepted when voluntarily provided (8)
    "joint_operations": "prohibited",  # no raids to arrest people for immigration violations (10)
    "stop_for_status": "prohibited",  # no self-initiated contact or arrest solely for status (11)
}
# services regardless of status (9): the code's "should not be dependent upon their immigration
# status" is a rule on it too, but its binding (the rule reader reads "should not" as
# discretionary) is left out: the reporting says what it guarantees, not how binding it is
MADISON_OLD = {"act_as_authority": "prohibited"}  # "will not act as an immigration authority"

NEW_CLAUSES = {  # the clause each NZ version adds (corpora/nz-police/SOURCE.md)
    "nz-coi-2023-12": "Providing references for firearms licence holders",
    "nz-trespass-2024": "Proof of service photographs",
}


def write_manifest(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "manifest.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "path", "agency", "date"])
        for row_id, path, agency, when in DOCUMENTS:
            writer.writerow([row_id, str(path), agency, when])
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "batch-real")
    print(write_manifest(parser.parse_args(argv).out))


if __name__ == "__main__":
    main()
