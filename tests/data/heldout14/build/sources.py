"""Real passages for heldout14, read from raw/ (verbatim stored-page excerpts) and normalised.

Normalisation (no policy word changed): curly quotes/apostrophes -> straight; en/em dashes -> '-';
runs of spaces/tabs collapsed; blank lines dropped; paragraphs joined with a single '\n'.
Source-specific steps are noted in each function.
"""
import os, re
RAW = os.path.join(os.path.dirname(os.path.abspath(__file__)), "raw")


def raw(name):
    with open(os.path.join(RAW, name), encoding="utf-8") as f:
        return f.read()


def clean(s):
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
          .replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " "))
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in s.split("\n")]
    return "\n".join(l for l in lines if l)


def between(text, start, end=None, include_end=True):
    """Substring of text from `start` (inclusive) to `end` (inclusive by default); each must occur once."""
    assert text.count(start) == 1, (start, text.count(start))
    i = text.index(start)
    if end is None:
        return text[i:]
    assert text.count(end) == 1, (end, text.count(end))
    j = text.index(end) + (len(end) if include_end else 0)
    assert j > i
    return text[i:j]


def drop_lines(text, *lines):
    out = text.split("\n")
    for l in lines:
        assert out.count(l) >= 1, l
        out.remove(l)
    return "\n".join(out)


def bullets(text):
    """'- ' / '\u2022 ' bullet glyph lines: a lone '-' line is joined to the line after it."""
    out, pend = [], False
    for l in text.split("\n"):
        if l in ("-", "\u2022"):
            pend = True
            continue
        if pend:
            l = "- " + l
            pend = False
        l = re.sub(r"^\u2022 ", "- ", l)
        out.append(l)
    return "\n".join(out)


def laserfiche(name):
    """Laserfiche 'plain text' page: '<br />' = line break, an empty fragment = paragraph break;
    wrapped lines joined with a space; running header (WebLink banner, 'Ordinance No. 1056',
    'Page N', DOCSOPEN file stamp) dropped; a hyphen left at a line end before a word
    ('city- controlled') is joined ('city-controlled')."""
    body = raw(name).split("\n", 1)[1]           # drop 'Laserfiche WebLink'
    frags = [f.strip() for f in body.split("<br />")]
    frags = [f for f in frags if not re.match(r"^(Ordinance No\. 1056|Page \d+|DOCSOPEN)", f)]
    paras, cur = [], []
    for f in frags:
        if not f:
            if cur:
                paras.append(" ".join(cur)); cur = []
            continue
        cur.append(f)
    if cur:
        paras.append(" ".join(cur))
    paras = [re.sub(r"(\w)- (\w)", r"\1-\2", p) for p in paras]
    return clean("\n".join(paras))


# ---------------------------------------------------------------- genuine editions
def mvwsd_bp_2018():
    t = clean(raw("mvwsd_bp_2018.txt"))
    return between(t, "The Governing Board is committed", "(cf. 5125.1 - Release of Directory Information)")


def mvwsd_bp_2025():
    t = clean(raw("mvwsd_bp_2025.txt"))
    return between(t, "The Governing Board is committed",
                   "for access to district records, school sites, or students.")


def wwu_2019():
    t = clean(raw("wwu_7100_03_2019.txt"))
    t = drop_lines(t, "Dates and Approval", "Effective Date:", "September 23, 2019", "Approved by:",
                   "President Sabah Randhawa")
    return between(t, "POL-U7100.03", "hazardous materials storage areas, and performance spaces).")


def wwu_2025():
    t = clean(raw("wwu_1000_13_2025.txt"))
    t = drop_lines(t, "Dates and Approval", "Effective Date:", "January 17, 2025", "Approval Date:",
                   "January 17, 2025", "Approved by:", "President Sabah Randhawa")
    return between(t, "POL-U1000.13", "required for the implementation of this policy.")


def abq_2001():
    t = clean(raw("abq_r2001_009.txt"))
    return between(t, "SECTION 1: The Council declares", "just and humane immigration reforms")


def abq_code():
    t = clean(raw("abq_code_of_resolutions.txt"))
    return between(t, "(A) The Council declares", "just and humane immigration reforms")


def ypsi_proposed():
    t = clean(raw("ypsi_mlive_2016_12_proposed.txt"))
    return between(t, "No law enforcement", "an individual's immigration status.")


def ypsi_adopted():
    t = clean(raw("ypsi_mlive_2017_09_adopted.txt"))
    return between(t, "A public servant", "the immigration status of any person.")


def uc_2017():
    t = clean(raw("uc_faq_2017_copy.txt"))
    t = drop_lines(t, "Frequently Asked Questions for University Employees About Possible Federal Immigration "
                      "Enforcement Actions on University Property")
    return between(t, "Charles F. Robinson", "9. Does it make a difference if a student is an international student?")


def uc_2024():
    t = clean(raw("uc_faq_2024.txt"))
    return between(t, "We know that many members", "F-1 STEM Optional Practical Training?")


# ---------------------------------------------------------------- real passages for constructed edits
def henrico():
    """Henrico County (VA) Police LP-54-25; cut after criteria item 2 (item 3 is truncated in the copy)."""
    t = clean(raw("henrico_lp_54_25.txt"))
    return between(t, "POLICY\nThe enforcement", "regardless of whether that felony involved violence.")


def columbus():
    """Columbus (OH) City Codes 161.10 as on elaws; the site line 'Latest version.' is dropped and each
    list label ('A.', '1.') is joined to the text that follows it; the bullet glyph before 'A.' dropped."""
    t = clean(raw("columbus_161_10_2017.txt"))
    t = drop_lines(t, "Latest version.")
    t = t.replace("\u2022 A.", "A.")
    out, lab = [], None
    for l in t.split("\n"):
        if re.fullmatch(r"([A-Z]|\d+)\.", l):
            lab = l
            continue
        out.append((lab + " " + l) if lab else l)
        lab = None
    return "\n".join(out)


def moundsview_preamble():
    t = laserfiche("moundsview_1056_v2_p4.txt")
    return between(t, "1.07 The trust", "engender public accountability and trust in law enforcement.")


def moundsview_202():
    t = laserfiche("moundsview_1056_v2_p6.txt")
    return between(t, "2.02 PROHIBITION", "would otherwise be necessary to gain access.")


def hamtramck():
    return clean(raw("hamtramck_amlegal_14443.txt"))


def mvwsd_ar():
    t = clean(raw("mvwsd_ar_2025.txt"))
    return between(t, "Responding to Requests for Immigration-Related",
                   "5. A copy of the records to be released, if requested by the parent/guardian or student")


def cwu():
    t = clean(raw("cwu_203_20_2026.txt"))
    return between(t, "(1) Applicability of Policies", "constitute immigration enforcement.")


def alexandria():
    t = bullets(clean(raw("alexandria_faq.txt")))
    return between(t, "In 2007, Alexandria City Council", "the protection of its laws or the use of its services.")


def wwu_faq():
    t = bullets(clean(raw("wwu_faq_2025.txt")))
    return between(t, "WWU complies with all federal", "as permitted by FERPA.")


def mountainview():
    t = clean(raw("mountainview_city_2017_release.txt"))
    a = between(t, "The City of Mountain View does not use", "national origin, or ethnicity.")
    b = between(t, "It is neither the City", "status under civil immigration laws.")
    return a + "\n" + b


def arlington():
    t = bullets(clean(raw("arlington_county_page.txt")))
    return between(t, "Immigration and Local Law Enforcement", "do not fear interacting with Arlington County Police officers.\"")


if __name__ == "__main__":
    for f in [mvwsd_bp_2018, mvwsd_bp_2025, wwu_2019, wwu_2025, abq_2001, abq_code, ypsi_proposed, ypsi_adopted,
              uc_2017, uc_2024, henrico, columbus, moundsview_preamble, moundsview_202, hamtramck, mvwsd_ar,
              cwu, alexandria, wwu_faq, mountainview, arlington]:
        s = f()
        print("=" * 20, f.__name__, len(s))
        print(s)
