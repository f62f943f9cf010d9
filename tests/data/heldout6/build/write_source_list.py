"""Print the per-pair table for SOURCE.md (id, build key, kind, situation, label, provenance).
Usage: python3 build/write_source_list.py"""
import json, os
from lib import read_all
HERE = os.path.dirname(os.path.abspath(__file__))
keys = json.load(open(os.path.join(HERE, "keys.json")))
HB711 = "MD HB 711 (2026, first reader): %s; old = law in force 2025, new = as proposed Feb 2026"
DOC = {
 "G1": HB711 % "GP 4-320.1(a)-(c)(2)", "G2": HB711 % "GP 4-320.1 (3)-(d)", "G3": HB711 % "GP 4-320(b),(g)(2)",
 "G4": HB711 % "PS 3-529", "G5": HB711 % "CL 14-4707(a)(1)-(6)", "G6": HB711 % "CL 14-4712(a)(1)-(4)",
 "G7": HB711 % "CL 14-4701(gg)-(kk)", "G8": HB711 % "SG 10-1702",
 "G9": "MD HB 630 (2026, first reader): CS 1-102(c)-(f); old = law in force (2021 Act), new = as proposed 2026",
 "G10": "MD CP 2-104(a),(c): old = to 2025, new = as amended by ch. 718 of 2025 (HB 1222, enacted)",
 "G11": "Portland PPB Directive 810.10: old = 2018 version, new = 2019 revision (both quoted in Portland Mercury)",
 "G12": "Portland PPB Directive 810.10 definition: new = current portland.gov text; old reconstructed from the Mercury quote",
 "G13": "Missouri RSMo 67.307.1: old = 2016 statute, new = HB 3240 (2026, introduced)",
 "G14": "Missouri RSMo 67.307.1(4)-2: old = 2016 statute, new = HB 1163 (2025, introduced)",
 "G15": "Tennessee TCA 7-68-105(a): old = code through 2024, new = SB 17 (2025, introduced)",
 "G16": "Boston Trust Act definition (a) (fragment): old = 2014 ordinance as offered, new = code as amended Dec. 2019",
}
for k in ("C1", "C2", "C3", "C4"): DOC[k] = "Seattle PD Manual 6.020 (eff. 12/01/18)"
for k in ("C5", "C6", "C7"): DOC[k] = "Tukwila TMC 2.98 (Ord. 2587, 2018)"
for k in ("C8", "C9", "C10"): DOC[k] = "Montgomery County MD Police FC 520 (02-11-09)"
for k in ("C11", "C12"): DOC[k] = "Idaho Code 19-6102 (2023/2024)"
for k in ("C13", "C14"): DOC[k] = "Montana Code 27-16-801 (2025 code)"
for k in ("C15", "C16"): DOC[k] = "Code of Alabama 31-13-18 (Act 2011-535)"
for k in ("C17", "C18"): DOC[k] = "C.R.S. 24-76.6-101 (2019 text)"
for k in ("C19", "C20"): DOC[k] = "Boston Trust Act s. 1 (as amended 2019)"
DOC["C21"] = "Kirkland KMC 3.18.010"
for k in ("C22", "C23", "C24"): DOC[k] = "MD CP 5-104(b) (law in force, reprinted in HB 719 of 2026)"
for k in ("C25", "C26"): DOC[k] = "MD HB 725 (2026) proposed CS 9-309"
for k in ("C27", "C28"): DOC[k] = "MD HB 495 (2026) proposed CP 2-104.3"
print("| id | key | document, versions | kind | situation | pair label | changes | provenance |")
print("|---|---|---|---|---|---|---|---|")
for p in read_all():
    k = keys[p["id"]]
    s = p["source"]
    if k.startswith("G"):
        kind = "genuine version pair"
        prov = "OLD reconstructed (see source), NEW genuine" if "RECONSTRUCTED" in s else "both sides genuine wording"
    else:
        kind = "constructed edit"
        prov = "OLD real, NEW constructed"
    labs = ", ".join(c["label"].split("_")[0] for c in p["changes"])
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (p["id"], k, DOC[k], kind, p["situation"], p["label"], labs, prov))
