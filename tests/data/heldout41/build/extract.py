# Extracts and normalises the real source passages (verbatim wording) into src/*.txt
import subprocess, re
NY = "/work/.mirror/ryantd42+NY-Legislative-Git/repo"; MD = "/work/.mirror/Maryland-State-Innovation-Team+Legi-Assist/repo"
def show(repo, path): return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], capture_output=True, text=True).stdout
def ny_norm(t, start, end):
    t = t[t.index(start): t.index(end)]
    lines = [l for l in t.split("\n") if not re.search(r"EXPLANATION--|\[ \] is old law|^\s*LBD|^\s*A\. \d+\s+\d+\s*$", l)]
    out = []
    for l in lines:
        s = l.strip()
        if not s: continue
        new_para = l.startswith("  ") and not l.startswith("   ")  # NY bills indent new subdivisions by two spaces
        if out and not new_para:
            if out[-1].endswith("-") and not out[-1].endswith(" -"):
                out[-1] = out[-1][:-1] + s
            else:
                out[-1] += " " + s
        else:
            out.append(s)
    return "\n\n".join(re.sub(r"\s+", " ", p) for p in out)
def md_norm(t, start, end):
    t = t[t.index(start): t.index(end)]
    t = re.sub(r"END OF PAGE \d+\n+START OF PAGE \d+\n+(HOUSE BILL 719 ?\d*\n)?", "", t)
    t = re.sub(r"(?m)^\d+ ", "", t)
    t = re.sub(r"(?m)^– \d+ –$|^Ch\. 718 2025 LAWS OF MARYLAND$|^WES MOORE, Governor Ch\. 718$", "", t)
    paras = re.split(r"\n\s*\n", t)
    out = []
    for p in paras:
        p = re.sub(r"\s+", " ", p).strip()
        if not p: continue
        if out and not re.match(r"^(\(|\[|\d+\.|[A-Z]\.|Article|SUBTITLE|\d+–\d+)", p):
            out[-1] += " " + p
        else:
            out.append(p)
    return "\n\n".join(out)
open("src/ny_a8033.txt", "w").write(ny_norm(show(NY, "2024/A8033.md"), "§ 13. STATE", "§ 4. This act"))
open("src/ny_a4354.txt", "w").write(ny_norm(show(NY, "2024/A4354.md"), "§ 900. IMMIGRATION DETENTION AGREEMENT. 1.", "§ 4. Severability"))
open("src/ny_a6281.txt", "w").write(ny_norm(show(NY, "2024/A6281.md"), "§ 99-Z.", "3. (A) A COMMITTEE"))
open("src/md_hb719_2104_2.txt", "w").write(md_norm(show(MD, "data/2026rs/md/HB0719.md"), "[2–104.2.", "[5–104."))
open("src/md_hb719_1701.txt", "w").write(md_norm(show(MD, "data/2026rs/md/HB0719.md"), "SUBTITLE 7. IMMIGRATION ENFORCEMENT.", "[3–529."))
open("src/md_ch718_6111.txt", "w").write(md_norm(show(MD, "data/2025rs/md/HB1222.md"), "6–111.\n", "10–1702.\n"))
