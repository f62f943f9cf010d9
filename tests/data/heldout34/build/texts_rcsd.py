"""Cut and normalise the Redwood City SD AR 5145.13 (2018) text from dweekly/rcsd-policy."""
import re, os
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "rcsd_AR5145.13.txt")
raw = open(SRC, encoding="utf-8").read()

def section(start, end):
    i = raw.index(start)
    s = raw[i:raw.index(end, i)]
    lines = [l.strip() for l in s.splitlines() if l.strip()]
    return lines

def paras(lines, starts):
    out = []
    for l in lines:
        if not out or any(l.startswith(st) for st in starts) or re.match(r"^(\d+|[a-g])\. ", l):
            out.append(l)
        else:
            out[-1] += " " + l
    return "\n\n".join(out)

ACC_STARTS = ["Responding to Requests for Access", "District staff shall receive", "All visitors and outsiders",
              "District staff shall report", "As early as possible", "In addition, district staff",
              "The district's legal counsel", "The Superintendent or designee shall also email"]
acc = paras(section("Responding to Requests for Access", "Responding to the Detention"), ACC_STARTS)
A_OLD = acc[:acc.index("\n\n7. If the officer")]
STEM = "In addition, district staff shall take the following actions in response to an officer present on the school campus specifically for immigration enforcement purposes:"
assert STEM in acc
B_OLD = "Responding to Requests for Access to Students or School Grounds\n\n" + STEM + "\n\n" + acc[acc.index("7. If the officer"):]

DET_STARTS = ["Responding to the Detention", "The Superintendent or designee shall", "In the event that",
              "The Superintendent or designee may"]
C_OLD = paras(section("Responding to the Detention", "====="), DET_STARTS)

if __name__ == "__main__":
    for t in (A_OLD, B_OLD, C_OLD):
        print(len(t)); print(t); print("#" * 40)
