"""Extract and normalise NY bill texts from the NY-Legislative-Git mirror (ryantd42/NY-Legislative-Git)."""
import subprocess, re
REPO = "/work/.mirror/ryantd42+NY-Legislative-Git/repo"
KEEP = {"FORTY", "FIFTY", "NINETY", "TWENTY", "THIRTY", "SIXTY", "SEVENTY", "EIGHTY"}

def raw(path):
    t = subprocess.run(["git", "-C", REPO, "show", "HEAD:" + path], capture_output=True, text=True).stdout
    return t.split("## Full Text", 1)[1]

def paras(text, start, end):
    i = text.index(start); j = text.index(end, i) if end else len(text)
    lines = text[i:j].split("\n")
    out = []
    for ln in lines:
        if not ln.strip() or "EXPLANATION--" in ln or "is old law to be omitted" in ln or re.match(r"\s*LBD\d", ln) or re.match(r"\s*S\. \d+\s+\d+\s*$", ln):
            continue
        newp = ln.startswith("  ") or not out
        s = ln.strip()
        if newp:
            out.append(s)
        else:
            prev = out[-1]
            if prev.endswith("-") and re.search(r"[A-Z]-$", prev):
                frag = re.search(r"([A-Z]+)-$", prev).group(1)
                out[-1] = prev + s if frag in KEEP else prev[:-1] + s
            else:
                out[-1] = prev + " " + s
    out = [re.sub(r"\s+", " ", p).strip() for p in out]
    return "\n\n".join(out)
