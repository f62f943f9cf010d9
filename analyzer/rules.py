"""Clauses → provisions: what one version says about each enforcement action of the lens, read
from its clauses as a whole. Stages, top to bottom:

1. ``rule_units``     sentences of each clause; a list's stem with its items is one unit
2. ``read_unit``      the action a unit is about (lens verbs + objects), its binding (required,
                      permitted, prohibited, discretionary), scope words, conditions, exceptions
                      (an exception to an exception flips), approvals, list items with the
                      polarity their stem gives them
3. ``attach_orphans`` sentences with no action of their own that qualify the rule before them
                      ("Officers should obtain approval … for these reasons", "This prohibition
                      does not apply …") become its approvals or exceptions
4. ``fold_permissions`` a permission in the same version as a prohibition of the same action
                      ("Nothing in this order shall prohibit …", "However, officers may … when …")
                      is an exception to that prohibition

Everything here is regular expressions over words and lemmas-by-prefix, never parts of speech
alone: the small spaCy model mis-tags legal words ("detain" as a noun). Where a sentence is read
wrongly, the provision quotes it, so a reader can see why. See docs/methodology.md."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .models import Binding, Clause, Part, Polarity, Provision
from .needles import may_match

if TYPE_CHECKING:  # the lens package imports this module
    from .lenses.lens import ActionSpec, LensSpec

# --- sentences and list items ----------------------------------------------------------------
_ABBREV = re.compile(
    r"\b(?:U\.S|U\.S\.C|C\.F\.R|G\.S|e\.g|i\.e|et\s+seq|No|Nos|Sec|Secs|Mr|Ms|Mrs|Dr|St|Inc|Co|Art|Ch|Vol|p|pp|"
    r"v|vs|I\.C\.E|Stat|Rev|Ann|Gen|Pub|L|Cal|Fla|Tex|Ill|Wis|Or|Wash|Ariz|Colo|Conn|Mass)\.$"
)
_INLINE_LABEL = re.compile(r"(?:^|[\s:;,])\(?(?:[0-9]{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]$")
"""A list label printed inline ("…: 1. The power …; 2. The power …") is not a sentence's end."""
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“'(\[]?[A-Z0-9])")
_ITEM_LABEL = re.compile(r"^(?:\(?[A-Za-z0-9]{1,4}[.)]|\(\.\d{1,3}\)|[•●○◦▪■□➢►✓\-–*·])$")
_PARAPHRASE = re.compile(r"\s*\[paraphrase[^\]]*\]", re.IGNORECASE)

# --- binding -----------------------------------------------------------------------------------
_HINDERS = (
    r"(?:(?:prohibit|limit|restrict|prevent|hinder|imped|obstruct)\w*"
    # "any statute … that is designed to keep federal agents … from entering any … correctional facility"
    # (the FY 2017 Byrne JAG access condition, restated)
    r"|keep(?=\s+(?:[\w,()'-]+\s+){0,12}?from\b))"
)
"""What a local law may be forbidden to do to an act, in the double negations of anti-sanctuary laws."""
_LOCAL_LAWS = r"(?:polic(?:y|ies)|ordinances?|resolutions?|rules?|laws?)"
"""The local measures those laws forbid."""
_AGENCY_NOUN = r"(?:agenc(?:y|ies)|entit(?:y|ies)|jurisdictions?|department|facilit(?:y|ies)|subdivisions?)"
"""A public body a participle can describe ("any agency refusing to honor …")."""
_DOUBLE_NEGATION = re.compile(
    # "Nothing in this section shall be construed to apply to the authority of city law enforcement officers
    # to investigate or enforce any criminal law, or to prohibit the department of safety from honoring a
    # civil immigration detainer …" (an edit of Denver RMC 28-253(a)): the construction's second arm, however
    # far
    r"\bnothing\b[^.;]{0,40}?\bbe\s+(?:construed|interpreted|read)\s+(?:to|as)\b[^.;]{0,200}?,?\s+or\s+"
    r"(?:to\s+|as\s+)?(?:prohibit|preclude|restrict|prevent|limit(?!ed\s+to\b)|bar|forbid)\w*|"
    r"\bnothing\b(?:[^.;]|\.(?=\w)){0,120}?\b(?:shall|will|may|should|is\s+intended\s+to|does)?\s*(?:be\s+(?:construed|interpreted|read)\s+"
    r"(?:to|as)\s+(?:\w+\s+)?)?(?:prohibit|preclude|restrict|prevent|limit|bar|forbid)\w*"
    r"|\b(?:does|do|shall|will|is|are|may|must|can)\s+not\s+(?:be\s+(?:construed|interpreted)\s+(?:to|as)\s+)?"
    # "may include, but are not limited to:" (Lexipol Immigration Violations, North Riverside 414.4.1) lists
    r"(?:prohibit|preclude|restrict|prevent|bar|forbid|limit(?!ed\s+to\b))\w*"
    # "No agency or department of this state; county, municipality …; or any agent, employee, officer or law
    # enforcement agency thereof shall adopt, implement or have in effect a policy … that (a) limits,
    # restricts, bans or interferes with the enforcement of federal immigration laws" (Miss. Code 25-1-119(1))
    r"|\b(?:(?:may|shall|will|must)\s+not|no\s+(?:[\w'-]+[,;]?\s+){0,40}?(?:may|shall|will|must))\s+"
    # "no State or local government entity … may have in place any statute, rule, … or -practice that is
    # designed to prevent agents of the United States … from being given access to any … correctional
    # facility" (the FY 2017 Byrne JAG access condition)
    r"(?:adopt|enact|enforce|endorse|maintain|implement|have\s+in\s+place)\b[^.;]{0,120}"
    r"\b(?:polic(?:y|ies)|laws?|ordinances?|rules?|regulations?|practices?|procedures?|resolutions?|statutes?)\b"
    # "(B) No municipal corporation shall enact an ordinance, policy, … that would materially hinder or
    # prevent local employees from … cooperating with state or federal immigration services" (Ohio R.C. 9.63)
    r"[^.;]{0,160}\b"
    + _HINDERS
    # "Officers shall not be prohibited or restricted from communicating or cooperating with federal officials
    # …" (a Missouri department's policy after RSMo 67.307, in kind)
    + r"|\bnot\s+(?:be\s+)?(?:prohibited|precluded|restricted|barred|prevented)"
    r"(?:,?\s+(?:or|and|nor)\s+(?:in\s+any\s+way\s+)?(?:prohibited|precluded|restricted|barred|prevented|limited))*\s+from"
    # "No member of this department will prohibit, or in any way restrict, any other member from …"
    # "no Federal, State, or local government entity, and no individual, may in any way restrict a Federal,
    # State, or local government entity … from—" (8 U.S.C. 1373(d) as H.R. 1680 of 2025 would add it)
    # "No official or agency of this state or a county, city, town or other political subdivision of this
    # state may limit or restrict the enforcement of federal immigration laws …" (Ariz. Rev. Stat.
    # 11-1051(A)); "No local governing body shall limit or prohibit a law enforcement officer … from
    # communicating or cooperating with federal officials" (S.C. Code 17-13-170(A))
    r"|\bno\s+(?:[\w'-]+,?\s+){0,20}?(?:shall|will|may|must|can)\s+(?:in\s+any\s+(?:way|manner)\s+)?"
    # "No provision in this chapter shall be construed as prohibiting the … Police Department from: …"
    # (Hyattsville City Code, HO 2017-02, D)
    r"(?:be\s+(?:construed|interpreted|read)\s+(?:to|as)\s+|\w+\s+)?"
    r"(?:prohibit|preclude|restrict|prevent|bar|forbid|limit(?!ed\s+to\b)(?=\w*\s+or\s+(?:\w+\s+)?(?:prohibit|restrict)))\w*"
    # "No county may do any of the following related to information regarding the citizenship or immigration
    # status …: (1) Prohibit law-enforcement officials … from gathering such information. (2) Direct …
    # not to gather such information." (W. Va. HB 2067 of 2019, proposed Code 7-1-17(b))
    r"|\bno\s+(?:[\w'-]+\s+){0,8}?(?:shall|will|may|must|can)\s+(?:do|take|adopt|have)\s+any\s+of\s+the\s+following\b"
    r"[^:.;]{0,200}?[:\s]\s*(?:\(?\w{1,3}[.)]\s*)?(?:(?:prohibit|preclude|restrict|prevent|bar|forbid|limit)\w*|direct\w*\b"
    r"[^.;]{0,80}?\bnot\s+to\b)"
    # "No agency shall have an explicit or implied blanket policy against honoring immigration detainers"
    # (an edit of N.H. SB 71 of 2025): forbidding a policy against an act protects the act
    r"|\b(?:no\s+(?:[\w'-]+\s+){0,8}?(?:shall|will|may|must)|(?:shall|will|may|must)\s+not)\s+"
    r"(?:have|adopt|enact|endorse|maintain|implement)\b[^.;]{0,80}?\b(?:polic(?:y|ies)|practices?|rules?|"
    r"ordinances?|resolutions?)\s+against\b"
    # "This bill prohibits a city, village, town, or county … from enacting or enforcing an ordinance,
    # resolution, or policy that prohibits an employee … from inquiring about the immigration status of an
    # individual who has been lawfully detained or arrested" (Wis. 2015 AB 450, LRB analysis)
    r"|\bprohibit\w*\s+(?:[\w,()'-]+\s+){0,12}?from\s+(?:enacting|adopting|enforcing|maintaining|implementing)"
    r"\b[^.;]{0,80}?\b"
    + _LOCAL_LAWS
    + r"\b[^.;]{0,60}?\b"
    + _HINDERS
    # "… relating to: prohibiting local ordinances, resolutions, and policies that prohibit immigration status
    # inquiries …" (the same bill's relating clause)
    + r"|\b(?:prohibit|forbid|bar)\w*\s+(?:local\s+|municipal\s+|county\s+|any\s+)?"
    + _LOCAL_LAWS
    + r"\b[^.;]{0,60}?\b(?:that|which)\s+(?:\w+\s+)?"
    + _HINDERS
    # "This prohibition does not preclude the Department from notifying …, nor does it prohibit cooperation
    # with federal immigration authorities when required by federal law." (Mount Rainier, Md., Police
    # General Order 935.00, 2008)
    + r"|\bnor\s+(?:does|do|shall|will|may)\s+(?:it|this|they|that|these|anything)\s+"
    r"(?:be\s+(?:construed|interpreted|read)\s+(?:to|as)\s+)?(?:prohibit|preclude|restrict|prevent|bar|forbid)\w*",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:shall|will|must|may|should|can|could|would|do|does|did|are|is|be)\s+not\b|\bcannot\b|\bcan't\b|\bwon't\b"
    r"|\bshan't\b|\bdon't\b|\bdoesn't\b|\bnever\b|\bneither\b|\bnor\b|\b(?:will|shall|may|can)\s+no\s+longer\b"
    r"|\bat\s+no\s+time\b"  # "At no time will any basis for contact be based solely on …" (NEIU Policy 415)
    # "Under no circumstances shall a person be detained … based solely on … immigration status" (Alameda
    # County Sheriff's Office General Order 1.24, 2017); "in no event", "in no case"
    r"|\b(?:under|in)\s+no\s+(?:circumstances?|event|case)\b"
    r"|\bnot\s+to\s+(?!exceed\b)"  # "It is the policy of the Department not to participate in …"
    # "Mandates that inmates not be held beyond their release date" (Rio Arriba County, N.M., as summarised by
    # the ACLU of New Mexico): a "not" the verb's passive follows
    r"|\bnot\s+be\b(?=\s*$|\s+\w+(?:ed|en)\b)"
    # "local law enforcement officers in Minnesota have no power to enforce them" (an edit of a Minnesota
    # sheriff's statement)
    r"|\b(?:ha(?:ve|s)|with)\s+no\s+(?:legal\s+)?(?:power|authority)\s+to\b"
    r"|(?:^|[,;:(]\s*|[.)]\s+|\b(?:and|or|that|which|whereby)\s+|(?-i:(?=No\s)))no\s+(?:[\w,.'-]+\s+){0,8}?(?:officers?|members?|employees?|personnel|deputies|deputy|agents?|persons?|"
    r"department|agency|agencies|officials?|entity|entities|staff|individuals?|one|sworn|law\s+enforcement|resources|"
    r"funds|money|facilities|city|county|state|arrests?|detentions?|inquir(?:y|ies)|information|records?|"
    r"notifications?|contacts?)\b|^\s*(?:no|neither)\b"
    r"|\bprohibit\w*|\bforbid\w*|\bforbidden\b|\bbarred\b|\brefrain\w*|\bdeclin\w*|\bbanned\b|\bnot\s+(?:be\s+)?(?:permitted|authori[sz]ed|allowed)"
    # "is immune from immigration arrest" (Md. Courts and Judicial Proceedings 2-104.3)
    r"|\b(?:is|are|shall\s+be|will\s+be|be)\s+(?:immune|exempt)\s+from\b",
    re.IGNORECASE,
)
_REQUIRED = re.compile(
    r"\b(?:shall|must|will|is\s+to|are\s+to)\b|\b(?:is|are)\s+(?:required|directed|expected|obligated|mandated)\s+to\b"
    # "The LEA agrees to serve and execute warrants of arrest for immigration violations" (ICE's 287(g)
    # memorandum of agreement, task force model): a party's promise in an agreement is its duty
    r"|\b(?:requires?|directs?)\b|\b(?:hereby\s+)?agrees\s+to\b",
    re.IGNORECASE,
)
_SHOULD = re.compile(r"\bshould\b|\bought\s+to\b|\b(?:is|are)\s+encouraged\s+to\b", re.IGNORECASE)
_PERMITTED = re.compile(
    r"\b(?:may|can|could|might)\b|\bneed\s+not\b|"
    r"\b(?:is|are|be)\s+(?:\w+ly\s+)?(?:permitted|authori[sz]ed|allowed|free|empowered)\s+to\b|"
    # "Any officer or employee of the Service … shall have power without warrant— (1) to interrogate …"
    # (8 U.S.C. 1357(a)): a power granted is leave to act, not a duty
    # "A law enforcement official shall have discretion to cooperate with federal immigration officials by
    # detaining an individual on the basis of an immigration hold" (Cal. Gov. Code 7282.5, 2013)
    # — not "the circumstances in which a law enforcement official has discretion to cooperate" (SB 54's
    # digest)
    r"\b(?:have|has)\s+(?:the\s+)?(?:power|authority)\b|(?:(?<=shall\s)|(?<=will\s)|(?<=may\s))have\s+discretion\b|"
    r"\bat\s+(?:the|their|his|her)\s+"
    r"discretion\b",
    re.IGNORECASE,
)
_MODAL_WORDS = re.compile(
    r"\b(?:shall|must|will|should|may|can|could|might|would|do|does|is|are|be)\b(?:\s+not\b)?|\bcannot\b|\bnever\b",
    re.IGNORECASE,
)
LEVEL: dict[Binding, float] = {"prohibited": 0.0, "permitted": 2.0, "discretionary": 2.5, "required": 3.0}
BINDING_WORDS: dict[Binding, str] = {
    "prohibited": "prohibited",
    "permitted": "allowed",
    "discretionary": "left to discretion",
    "required": "required",
}

# --- scope, conditions, exceptions, approvals ------------------------------------------------------
SCOPE_WORDS = (
    "solely",
    "routinely",
    "automatically",
    "exclusively",
    "merely",
    "generally",
    "only",
    "civil",
    "independently",
)
"""Words that narrow what a rule covers: added to a prohibition they widen enforcement ("shall not
assist in the enforcement of the *civil* provisions of immigration law"), added to a permission
they narrow it."""
_SCOPE = re.compile(
    r"\b(solely|routinely|routine(?=\s+(?:\w+\s+)?(?:immigration|enforcement|inquir|investigation|checks?|questions?))|"
    r"automatically|exclusively|merely|generally|only\s+(?:violation|offen[cs]e|basis|reason|ground)|only|independently|"
    r"by\s+itself|in\s+and\s+of\s+itself|"
    r"(?<!criminal or )(?<!criminal and )civil(?!\s+(?:immigration\s+)?(?:warrants?|detainers?|"
    r"arrest\s+warrants?|actions?))(?!\s+(?:\w+\s+)?(?:or|and)\s+(?:an?\s+)?criminal)|sole(?=\s+(?:purpose|basis|reason|objective|intent|aim|ground)))\b"
    r"(?!\s+(?:when|if|where|after|once|in\s+cases))",
    re.I,
)
_POINTS_BACK = re.compile(
    r"\b(?:these|such|those|this|that|said)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|operations?|requests?|detainers?|holds?|"
    r"warrants?|task\s+forces?|activit(?:y|ies)|inquir(?:y|ies)|programs?|contracts?|partnerships?|raids?|sweeps?)\b",
    re.I,
)
_PRACTICE = re.compile(
    r"\b(?:department|office|agency|sheriff|division|bureau|jail|facility|county|city|we)\s+(?:(?:also|currently|"
    r"routinely|regularly|actively)\s+)?(?:(?P<do>does|do)\s+(?:(?:however|also|in\s+fact|indeed)\s*,?\s*)?)?$",
    re.I,
)
"""A department stating what it does, in the present tense ("The Department participates in the 287(g)
task force"): its practice, a rule in all but the modal."""
_SCOPE_WORD = {
    "sole": "solely",
    "by itself": "solely",
    "in and of itself": "solely",
    "routine": "routinely",
} | {
    # "persons whose only violation of law is that they are … present … in violation of federal
    # immigration laws" (ORS 181A.820(1) before 2021)
    f"only {w}": "solely"
    for w in ("violation", "offense", "offence", "basis", "reason", "ground")
}
"""Scope words said another way: "shall not, by itself, serve as the basis" is "solely"."""
_CONDITION = re.compile(
    # "even if there is an ICE hold" says the rule holds all the same, it sets no condition
    # "the county where the officer's agency … is located" (N.Y. S987 of 2023) names a place, it sets no
    # condition
    r"\b(?<!even\s)(?:only\s+)?(?:when(?:ever)?|if|"
    r"(?<!\bcounty\s)(?<!\bcity\s)(?<!\bstate\s)(?<!\bplace\s)(?<!\blocation\s)(?<!\bjurisdiction\s)(?<!\bfacility\s)"
    r"(?<!\bcountry\s)(?<!\bdistrict\s)(?<!\bpremises\s)(?<!\bbuilding\s)"
    r"where(?!\s+(?:appropriate|applicable))|after|once|provided\s+that|"
    r"as\s+long\s+as|"
    r"so\s+long\s+as|in\s+(?:cases|circumstances|situations|instances)\s+(?:where|in\s+which|when)|prior\s+to|before)\b"
    r"|\bonly\s+(?:with|for|in|to|on)\b"
    # "shall not … permit … to interview an individual … without giving the individual an opportunity to
    # have counsel present" (D.C. Code 24-211.07(a)(4), 2019): the rule holds only where that is missing
    r"|\bwithout\s+(?=(?:first\s+)?(?:giving|obtaining|providing|having|a\s+|an\s+|the\s+|prior\s+|written\s+|"
    r"judicial\s+|counsel\b))",
    re.IGNORECASE,
)
_NON_BUSINESS_DAYS = (
    r"(?:\w+\s+){0,2}?(?:saturdays?|sundays?|weekends?|(?:legal\s+|state\s+|public\s+)?holidays?)\b"
)
"""The days a time limit does not count ("48 hours, excluding weekends and holidays"): no exception."""
_EXCEPTION = re.compile(
    r"\b(?:except(?:\s+(?:when|where|as|for|in|if|that|to))?(?!\s+"
    + _NON_BUSINESS_DAYS
    + r")|unless|other\s+than|"
    r"with\s+the\s+exception\s+of|excluding(?!\s+" + _NON_BUSINESS_DAYS + r")|"
    r"save\s+for|apart\s+from|but\s+not(?!\s+(?:be\s+)?(?:limited|required|obligated|mandated|compelled))|"
    # "Officers may inquire into the immigration status of a person under lawful detention or arrest, but
    # shall not inquire into the immigration status of a victim of or witness to an offense" (Texas
    # departments' orders after SB 4 in kind): the same act carved out of the leave
    r"but\s+(?:shall|may|will|must|should)\s+not(?=\s+(?:\w+\s+){0,2}?(?:inquir|ask|question|detain|notify|"
    r"contact|share|disclose|honou?r|arrest|stop))|however,?|"
    r"provided,?\s+(?:however,?\s+)?that\s+(?=no\b|nothing\b|\w+\s+(?:shall|may|will)\s+not\b))\b",
    re.IGNORECASE,
)
_ACTS_STEM = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+)?(?:functions|powers|activities|actions|acts|duties|tasks)\b", re.I
)
"""A list's stem whose items are acts, not conditions ("authorized to perform the following functions:")."""
_ANAPHORA = re.compile(
    r"\s*(?:\(?[A-Za-z0-9]{1,3}[.)]\s+)?((?:in|under)\s+(?:either|such|that|this|each|any\s+such|those|these)\s+"
    r"(?:case|event|instance|situation|circumstance)s?|if\s+so|when\s+(?:this|that)\s+occurs)\b",
    re.I,
)
_LEADING_CONDITION = re.compile(
    r"\s*(?:\(?[A-Za-z0-9]{1,3}[.)]\s+)?((?:only\s+)?(?:when(?:ever)?|if|where|once|upon|in\s+(?:cases|circumstances|"
    r"situations)\s+(?:where|when|in\s+which))\b)",
    re.I,
)
"""A sentence that opens with its condition: "(a) When any person is confined …, the jailer shall …"."""
_REFERS_BACK = re.compile(
    r"\b(?:the|such|that)\s+(?:detained\s+|arrested\s+)?(?:person|individual|alien|subject|suspect|arrestee|detainee)"
    r"(?![\x27\u2019]s\s+(?:immigration|citizenship))\b",
    re.I,
)
_WHO_NAMED = re.compile(
    r"\b(?:authorit(?:y|ies)|officials?|officers?|agents?|agenc(?:y|ies)|enforcement|service|security|patrol)$"
    r"|^[A-Z]{2,5}$",
    re.I,
)
"""An object that names who the act is done for (an agency or its officers), not what is done."""
_CONDITION_AFTER_NOTE = re.compile(r"^[^;:()]{0,80}\)\s*(?:when(?:ever)?|if|where|once|upon)\b", re.I)
"""A condition after cross-reference notes: "(cf. 5125.1 - Release of Directory Information) Upon …"."""
_WHETHER = re.compile(
    r"\b(?:determin|ascertain|establish|verif|check|confirm|know|ask|inquir|question|learn|decid|find\s+out|see)"
    r"\w*\s+$",
    re.I,
)
"""A verb of finding out before "if": the "if" opens what is to be found out, not a condition."""
_RELAXES = re.compile(
    r"\bno\b[^.;]{0,60}\b(?:shall|will|need|is|are)\s+(?:be\s+)?required\b|\bneed\s+not\b", re.I
)
# "no state or local employee shall unreasonably fail to comply with any lawful request for assistance made
# by any federal authorities" (Ohio R.C. 9.63(A)): not failing to comply is complying
_REFUSAL_WORD = (
    r"(?:declin\w*|refus\w*|refrain\w*|den(?:y|ies|ied|ying)\b|withh[oe]ld\w*|fail(?:s|ed)?\s+to\b)"
)
_REFUSAL = re.compile(
    r"\b(shall|will|must|may|can|could|should)\s+(?:\w+\s+){0,2}?(?P<word>" + _REFUSAL_WORD + ")", re.I
)
"""A modal that governs a refusal: "shall decline … requests", "shall refuse to disclose", "may deny
inspection" — the refusal's object is what the rule forbids (or leaves open)."""
_REFUSAL_VERB = re.compile(_REFUSAL_WORD, re.I)
_REFUSING_TO = re.compile(
    r"\b(?:(?:declin|refus)\w*\s+to|(?:stop|stops|stopped|stopping|ceas\w*|discontinu\w*))\s+$", re.I
)
"""A refusal before the act's own verb: "from declining to provide", "may refuse to honor", "the Sheriff's
decision to stop complying with federal immigration holds" (Multnomah County, 2014)."""
_BOUNDARY = re.compile(
    r"[;:]|,\s+(?=(?:and|or|but)?\s*(?:except|unless|when|if|where|only|provided|however)\b)", re.I
)
_APPROVER = (
    r"(?:(?:the\s+)?chief(?:\s+of\s+police)?|sheriff|undersheriff|deputy\s+chief|assistant\s+chief|commander|captain|"
    r"lieutenant|sergeant|officer-in-charge|officer\s+in\s+charge|OIC|watch\s+commander|commanding\s+officer|shift\s+supervisor|supervisor|"
    r"supervisory|command\s+staff|director|manager|district\s+attorney|county\s+attorney|city\s+attorney|legal\s+"
    r"(?:counsel|advisor)|general\s+counsel|bureau\s+chief|division\s+head|precinct\s+commander|"
    # a school district's or campus's own heads (Kerman USD AR 5145.13: "Notify the Superintendent or designee
    # about the information request")
    r"superintendent|principal)"
)
_DETERMINER = r"(?:(?:a|an|the|their|his|her|any|on[-\s]duty)\s+){0,2}"
_INTERNAL_OBJECT = re.compile(
    # a college's own heads: "Advise all students, faculty, and staff to notify the office of the chancellor
    # or president … if he or she is advised that an immigration officer is expected to enter" (Cal. Educ.
    # Code 66093.3(b))
    r"\s+"
    + _DETERMINER
    + r"(?:"
    + _APPROVER
    + r"|(?:office\s+of\s+the\s+)?(?:chancellor|president|provost))\b",
    re.I,
)
_BY_FEDERAL = re.compile(
    r"\s+(?:only\s+|solely\s+|exclusively\s+)?by\s+(?:the\s+)?(?:federal\s+government|federal\s+(?:\w+\s+){0,2}?"
    r"(?:officers?|agents?|officials?|authorities|agenc(?:y|ies)))\b",
    re.I,
)
_THE_DEPARTMENT = r"department\b(?!\s+of\b)"
"""The department itself, not the "Department of …" of another government."""
_INTERNAL_RECIPIENT = re.compile(
    r"[^.;]{0,60}?\bto\s+the\s+(?:Mayor|(?:City\s+|County\s+)?Council|(?:County\s+)?Board|Governor|"
    r"legislature|General\s+Assembly|Attorney\s+General|Inspector\s+General|auditor|committee|"
    + _THE_DEPARTMENT
    + r")\b",
    re.I,
)
_TOLD_THE_DEPARTMENT = re.compile(r"\s+the\s+" + _THE_DEPARTMENT, re.I)
"""A report made to the department itself: "The early learning provider shall, in a timely manner, report to
the department any request for information or access … for the purpose of enforcing immigration laws" (Wash.
SB 5906 of 2025) tells the state's own department of the request."""
_REPORT_STEM = re.compile(
    r"\b(?:report|reports|statistics|data)\b[^.;]{0,120}\bto\s+the\s+(?:Mayor|(?:City\s+|County\s+)?Council|"
    r"(?:County\s+)?Board|Governor|legislature|General\s+Assembly|Attorney\s+General|Inspector\s+General|committee)\b",
    re.I,
)
_TELLING = re.compile(r"notif|inform|tell|advis|contact|call", re.I)
_PEOPLE = (
    r"\s+(?:(?:the|that|such|any|each|every|a|an|all)\s+)?(?:person|individual|detainee|inmate|arrestee|prisoner|"
    r"victim|witness|subject|juvenile|student|parent|guardian|family|families|attorney|counsel)s?"
)
_PERSON_OBJECT = re.compile(_PEOPLE + r"\b|\s+(?:him|her|them)\b", re.I)
_GIVING = re.compile(r"provid|giv", re.I)
_BY_AGENT = re.compile(r"\s+by\s+", re.I)
_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|shall|will|may|must|should|can|could|would|not|has|have|had)\b)"
    r"[a-z]{3,}\s+$",
    re.I,
)
"""The word before a participle is not a form of "be", a modal or "have": the participle describes it."""
_GIVEN_TO_PERSON = re.compile(
    _PEOPLE + r"(?![\x27\u2019]s)(?:(?:\s+and|\s*/|,)\s*[\w/-]+){0,3}\s+with\b", re.I
)
"""The people a thing is given to ("provide the person with …"), not an immigration authority."""
_APPROVAL = re.compile(
    # "the Board … hereby approves the Memorandum of Agreement between … and the Sheriff" (a county board's
    # resolution on a 287(g) agreement): an approval given, none asked for
    r"\b(?:(?<!\bhereby\s)approv\w*|authori[sz]ation|authori[sz]ed\s+by|consent|permission|sign-?off|concurrence|review(?:ed)?\s+by|"
    # "Requests by federal immigration officials for assistance … should be directed to a supervisor"
    r"(?:directed|referred|forwarded|routed)(?=\s+to\s+" + _DETERMINER + _APPROVER + r")|"
    # "The determination to honor an immigration detainer … shall be made by a shift supervisor or above"
    # (Santa Ana PD): who decides is whose approval the act needs
    r"(?<=\bbe\s)made(?=\s+by\s+" + _DETERMINER + _APPROVER + r")|"
    r"(?:notify|notifies|notifying|inform|informs|informing|consult|consulting|contact|contacting)(?=\s+"
    + _DETERMINER
    + _APPROVER
    # "An officer should notify a supervisor as soon as practicable whenever an individual is being
    # detained for a criminal immigration violation" (Lexipol, Immigration Violations): a report after the act
    + r")(?![^.;]{0,60}?\b(?:as\s+soon\s+as\s+(?:practicable|possible|feasible)|afterwards?|"
    r"after\s+the\s+fact|promptly|immediately)\b))"
    r"\b[^.;]{0,90}?\b"
    + _APPROVER
    + r"\b(?:\s+(?!or\b)[^\s.;,]+){0,6}"
    + r"(?:,?\s+or,?\s+(?:[^.;,]{0,40},\s*)?(?:(?:by|from)\s+)?(?:[^\s.;,]+\s*){1,6})?|\b"
    + _APPROVER
    # the approver's title as the name of an agency, and "not authorized", approve nothing: "Sheriff's Office
    # personnel are not authorized to …" (287(g) agreement, Marion County (FL) Sheriff, 2019)
    + r"\b(?![’']s\s+(?:office|department|personnel|deputies)\b|\s+office\b)[^.;]{0,40}?"
    # "the Sheriff is authorized to execute the Memorandum of Agreement" grants the Sheriff a power; it asks
    # for no approval of the Sheriff's
    r"(?<!\bnot\s)(?<!\bnot\sbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bhereby\s)\b"
    r"(?:approv\w*|authori[sz]\w*|consent|(?:decides?|determines?)\s+(?:whether|if))\b",
    re.IGNORECASE,
)
_APPROVER_RANK = [
    (
        re.compile(
            r"\bchief\s+of\s+police\b|\b(?:the\s+)?chief\b(?!\s+objective)|\bsheriff\b|\bdirector\b", re.I
        ),
        5,
    ),
    (
        re.compile(
            r"\bdeputy\s+chief|\bassistant\s+chief|\bundersheriff|\bbureau\s+chief|general\s+counsel|attorney",
            re.I,
        ),
        4,
    ),
    (
        re.compile(
            r"\bcommander|\bcaptain|officer.in.charge|\bOIC\b|command\s+staff|division\s+head|commanding\s+officer",
            re.I,
        ),
        3,
    ),
    (re.compile(r"\blieutenant", re.I), 3),
    (re.compile(r"\bsergeant|\bshift\s+supervisor|\bsupervisor", re.I), 2),
]
_ANY_SUPERVISOR = re.compile(
    r"\b(?:any|a\s+supervisory|an?\s+on[-\s]duty)\s+(?:[\w-]+\s+){0,2}(?:supervisor|supervisory|member|officer|employee|clerk|"
    r"staff|personnel|designee)",
    re.I,
)
_APPROVAL_VERB = re.compile(
    r"\b(shall|must|will|should|may|are\s+required\s+to|is\s+required|required|needs?\s+to|ought\s+to|is\s+encouraged|"
    # "shall, no later than three days after such request, notify": a noun, no approval asked for
    r"are\s+encouraged)\b[^.;]{0,40}?\b(?<!such\s)(?<!the\s)(?<!any\s)(?<!this\s)(?<!that\s)(?<!a\s)"
    # ("shall adopt, implement or have in effect a policy", Miss. Code 25-1-119, asks for no approval)
    r"(?:obtain|seek|secure|get|receive|have(?!\s+in\s+effect|\s+(?:the\s+)?discretion)|request|require|"
    # ("will be authorized to perform the following functions", a grant of power, asks for no approval)
    r"be\s+approved|be\s+authori[sz]ed(?!\s+to\b)|"
    r"(?:notify|inform|consult|contact)(?=\s+" + _DETERMINER + _APPROVER + r"))"
    # "shall be governed by the following requirements:" (Minneapolis 19.30(a)) asks for no approval; nor
    # does a participle — "SHALL, IF REQUESTED BY FEDERAL IMMIGRATION AUTHORITIES: (I) DETAIN …" (Md. HB 675
    # of 2026) is the condition of a duty
    r"(?!ments?\b|ed\b|ing\b|d\b)"
    # "The sheriff … shall request and enter into an agreement with … Immigration and Customs Enforcement
    # under Section 287(g)" (Texas SB 8 of 2025): two acts, the second no approval of the first
    r"(?!\s+and\b(?!\s+(?:obtain|get|seek|receive|secure|request)\b))",
    re.I,
)
_APPROVES_ACT = re.compile(
    r"\b" + _APPROVER + r"\b[^.;]{0,40}?\b(?:approve|authori[sz]e)s?\s+" + _DETERMINER + r"$", re.I
)
"""An approver's approval of the act that follows ("The Shift Supervisor must first approve …")."""
_WITHOUT_APPROVAL = re.compile(
    r"\b(?:without|absent)\s+(?:the\s+)?(?:prior\s+|express\s+|written\s+)*(?:approv|authori[sz]|consent|permission)",
    re.I,
)
_NAMED_SECTIONS = (
    r"^(?P<named>(?:sub)?sections?\s+[\w.()-]{1,12}(?:(?:,\s*|,?\s+(?:and|or)\s+)[\w.()-]{1,12}){0,4})"
)
_ORPHAN_EXCEPTION = re.compile(
    r"^(?:however,?\s+)?(?:this|the|these|such|that)\s+(?:above\s+|foregoing\s+)?(?:prohibition|restriction|rule|section|"
    r"subsection|paragraph|article|chapter|part|policy|order|directive|ordinance|limitation|provision|procedure)s?"
    r"(?:\s+[\w.()-]{1,12})?\s+(?:shall|does|do|will)\s+not\s+apply"
    # "E. Sections V.C. and V.D. of this Directive do not apply if …" (Hanover Park Directive 210-P)
    + r"|"
    + _NAMED_SECTIONS
    + r"(?:\s+of\s+this\s+\w+)?\s+(?:shall|does|do|will)\s+not\s+apply"
    r"|^(?:the\s+)?(?:above|foregoing)\s+(?:shall|does|do|will)\s+not\s+apply|^except(?:ion)?s?\b|^exceptions?:"
    # "This does not apply to arrest warrants signed by a judge." after "The San Joaquin County Jail will no
    # longer honor immigration detainers …" (San Joaquin County Sheriff, interim directive, 2014)
    r"|^(?:however,?\s+)?this\s+(?:shall|does|will)\s+not\s+apply\b"
    # "(3) Nothing in subsection (1) or (2) of this section prohibits the … disclosure of information that
    # is: (a) …" (RCW 43.17.425, Keep Washington Working Act 2019): the items are the rule's exceptions
    r"|^nothing\s+in\s+(?:this\s+)?(?:sub)?(?:section|paragraph|division)s?\b[^.:;]{0,60}?\s+"
    r"(?:prohibits|precludes|restricts|prevents|shall\s+(?:prohibit|preclude|restrict|prevent))\b"
    # "Nothing herein shall prohibit the City police department from using any city property for any law
    # enforcement purpose." (Mounds View, Minn., Ord. 1056, 2.02(A))
    r"|^nothing\s+(?:herein|in\s+this\s+(?:chapter|article|ordinance|policy|order|resolution))\s+"
    r"(?:prohibits|precludes|restricts|prevents|shall\s+(?:be\s+construed\s+to\s+)?(?:prohibit|preclude|restrict|prevent))\b"
    # "(2) Subdivision (a)(1) does not apply to: (A) …" (Tenn. Code 7-68-105 as SB 17 of 2025 would amend it)
    r"|^(?:sub)?(?:division|section|paragraph)s?\s+\(?[\w.()§-]{1,20}\s+(?:shall|does|do|will)\s+not\s+apply"
    # "It is an affirmative defense to prosecution under this section that the federal government has granted
    # the person asylum" (Tex. Penal Code 51.02(c), SB 4 of 2023, in kind): a way out of the offence before it
    r"|^(?:it\s+is\s+)?an\s+affirmative\s+defen[cs]e\s+to\s+(?:prosecution|an?\s+(?:offen[cs]e|charge))\b",
    re.IGNORECASE,
)
_SWITCHED_OFF = re.compile(
    r"(?:however,?\s+)?(?:this|these|such|that)\s+(?:\w+\s+){0,2}?(?:shall|does|do|will)\s+not\s+apply\b",
    re.I,
)
"""A sentence that switches the rule before it off ("This paragraph does not apply to …")."""
_LABEL_WORDS = {
    w: str(n)
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_REF_LABEL = r"(?:§\s*)?\(?[\w.-]{1,10}\)?(?:\([\w]{1,5}\))*"
_REF_LABELS = (
    r"(?:sub)?(?:sections?|divisions?|paragraphs?|clauses?)\s+"
    + _REF_LABEL
    + r"(?:(?:,\s*|,?\s+(?:and|or|through|to)\s+|\s*[-–]\s*)"
    + _REF_LABEL
    + r"){0,8}"
)
_CROSS_REFERENCE = re.compile(
    # "13. NOTWITHSTANDING ANY OTHER PROVISION OF LAW TO THE CONTRARY, SUBDIVISIONS EIGHT, NINE, TEN,
    # ELEVEN, AND TWELVE OF THIS SECTION SHALL NOT APPLY TO COUNTIES WHICH …" (N.Y. A5145 of 2023)
    r"^(?:notwithstanding\b[^.;:]{0,160}?,\s*)?(?:the\s+(?:provisions|requirements?|prohibitions?)\s+of\s+)?"
    r"(?P<named>"
    + _REF_LABELS
    + r")(?:\s+of\s+this\s+\w+)?\s+(?:shall|does|do|will)\s+not\s+(?:apply|authori[sz]e)"
    # "(b) A law enforcement agency is not required to perform a duty imposed by Subsection (a) with respect
    # to a person who has provided proof that the person is a citizen …" (Tex. Code Crim. Proc. art. 2.251)
    r"|\b(?:is\s+not|are\s+not|shall\s+not\s+be|will\s+not\s+be)\s+required\s+to\s+(?:perform|comply\s+with|"
    r"carry\s+out|fulfill|fulfil)\s+(?:a|any|the)?\s*(?:duty|duties|requirements?|obligations?)\s+"
    r"(?:imposed|set\s+(?:out|forth)|described|established)\s+(?:by|in|under)\s+"
    r"(?P<duty>" + _REF_LABELS + r")",
    re.IGNORECASE,
)
"""A sentence that switches off other numbered parts of the same text: each rule read there gets it as
an exception."""


def _referenced_labels(named: str) -> set[str]:
    """The labels a cross-reference names, plain ("8", "a", "v.c"): "subdivisions eight, nine and
    twelve" → {8, 9, 12}; "subsections (c) through (f)" → {c, d, e, f}; "Subsection (a)(1)" → {a}."""
    words = re.sub(r"^(?:sub)?(?:sections?|divisions?|paragraphs?|clauses?)\s+", "", named, flags=re.I)
    labels: list[str] = []
    ranged = False
    for token in re.findall(r"(?:§\s*)?\(?[\w.-]+\)?(?:\([\w]+\))*|[-–]", words):
        low = token.lower()
        if low in ("and", "or"):
            continue
        if low in ("through", "to", "-", "–"):
            ranged = True
            continue
        first = re.match(r"§?\s*\(?([\w.-]+?)\.?\)?(?:\(|$)", low)
        label = _LABEL_WORDS.get(first.group(1), first.group(1)) if first else low
        if ranged and labels:
            start, ranged = labels[-1], False
            if start.isdigit() and label.isdigit() and 0 < int(label) - int(start) <= 30:
                labels.extend(str(n) for n in range(int(start) + 1, int(label) + 1))
                continue
            if len(start) == len(label) == 1 and start.isalpha() and 0 < ord(label) - ord(start) <= 26:
                labels.extend(chr(c) for c in range(ord(start) + 1, ord(label) + 1))
                continue
        labels.append(label)
    return set(labels)


def _plain_label(number: str | None) -> str:
    return (number or "").lower().strip("().§ ").rstrip(".")


_PROTECTION = re.compile(
    r"\b(?:regardless|irrespective)\s+of\b|\bwithout\s+regard\s+to\b|\bwhatever\s+(?:his\s+or\s+her|their|its)\b|"
    r"\bno\s+matter\s+what\b|\bnot\s+(?:be\s+)?(?:contingent|dependent|conditioned)\s+"
    r"(?:up)?on\b|\bwill\s+not\s+be\s+denied\b|\bshall\s+not\s+be\s+denied\b",
    re.IGNORECASE,
)
_OPEN_STEM = re.compile(r"\b(?:to|shall|will|must|may|should|not|never)\s*[:\-–—]\s*$", re.I)
"""A stem that stops at its modal or its "to": each item completes it ("Members shall not:",
"… shall require any third party given access to personal information to:")."""
_ALL_OF = re.compile(r"\b(?:all|each|both)\s+of\s+the\s+following\b", re.I)
_PROVISO_STEM = re.compile(r"\bprovided,?\s+(?:however,?\s+)?that\b[^.]*[:\-–—]\s*$", re.I)
"""A stem whose list is introduced inside its proviso ("…; provided, however, that no such interview shall be
allowed until the individual has been advised of certain legal rights …, including but not limited to:")."""
_EXCEPTION_STEM = re.compile(
    # the exception still open at the colon: "Except as required by federal or state law, no law enforcement
    # officer shall assist … on a person or entity for:" (Hawaii SB 2057 SD1, 2026) lists what is forbidden
    r"\b(?:except|unless|exceptions?|other\s+than)\b(?:(?!\b(?:shall|will|must|may)\b)[^.])*[:\-–—]\s*$",
    re.I,
)


@dataclass
class _Unit:
    """One statement of a rule: a sentence, or a list's stem with its items."""

    clause: Clause
    text: str
    items: list[tuple[Clause, str]] = field(default_factory=list)
    section: tuple[str, ...] = ()
    parents: list[int | None] = field(default_factory=list)
    """For each item, the index of the item it continues ("(1) stop, arrest or detain a person" →
    "(A) solely on the belief that …"), or None."""
    before: str = ""
    """The sentence before it in the same clause, for the thing "these agreements" points back to."""


@dataclass
class _Draft:
    action: ActionSpec
    binding: Binding
    modal: str
    scope: list[str]
    conditions: list[Part]
    exceptions: list[Part]
    approvals: list[Part]
    clauses: list[str]
    quote: str
    page: int
    section: tuple[str, ...]
    double_negation: bool = False
    conditional_list: bool = False
    """The rule applies only in the listed circumstances (a stem's items are conditions)."""
    body: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    """A clause's words as a rule reads them: the corpus's [paraphrase] marks dropped."""
    return " ".join(_PARAPHRASE.sub("", text).split())


_RUN_IN_HEADING = re.compile(
    r"^(?:\(?[0-9A-Za-z]{1,4}(?:\.[0-9]{1,3})*[.)]?\s+)?"
    r"(?P<heading>(?:[A-Z][A-Z'’&/,-]*\s+){0,8}[A-Z][A-Z'’&/,-]*)\s+(?=[A-Z][a-z])"
)


def _run_in_heading(sentence: str) -> str:
    """A sentence without the heading the text run into it ("IMMIGRATION DETAINERS No individual
    should be held …" → "No individual should be held …"), so a rule's subject and negation stand
    where the rule begins. Short capitals alone ("ICE ERO Officers …") are acronyms, and stay."""
    m = _RUN_IN_HEADING.match(sentence)
    if m is None or not re.search(r"[A-Z]{5}", m.group("heading")):  # "ICE ERO Officers …" stays
        return sentence
    return sentence[m.end() :]


def sentences(text: str) -> list[str]:
    """A cheap sentence split (regex): enough for rules, which rarely hide a full stop."""
    out: list[str] = []
    for piece in map(_run_in_heading, _SENTENCE_END.split(clean(text))):
        if out and (_ABBREV.search(out[-1]) or _INLINE_LABEL.search(out[-1])):
            out[-1] = f"{out[-1]} {piece}"
        elif piece.strip():
            out.append(piece.strip())
    return out


def _is_item(clause: Clause) -> bool:
    if clause.is_heading:
        return False
    if clause.number and _ITEM_LABEL.match(clause.number.strip()):
        return True
    return bool(clause.text[:1].islower())


_LIST_PUNCTUATION = re.compile(r"(?:;|[;,]\s*(?:and|or))\s*$", re.I)


def _unlabelled_item(clause: Clause, stem: _Unit) -> bool:
    """A paragraph without a label under a stem ("The following are specifically prohibited by law: ¶
    Detaining an individual …; ¶ Using immigration authorities as interpreters; ¶ … ; and ¶ Detaining a
    victim …", Los Angeles County Sheriff's Department Newsletter 18-06): an item where it ends as list
    items do, or where the item before it did."""
    if clause.number or clause.is_heading:
        return False
    if not stem.items:
        return bool(_LIST_PUNCTUATION.search(clause.text)) and stem.text.rstrip().endswith(":")
    return bool(_LIST_PUNCTUATION.search(clause.text) or _LIST_PUNCTUATION.search(stem.items[-1][1]))


_GROUNDS_STEM = re.compile(
    r"\b(?:based|solely|only|because|on\s+the\s+basis)\b[^.;:]{0,40}\b(?:any|one|either)\s+of\s+the\s+following\s*[:\-–—]?\s*$",
    re.I,
)
"""A stem whose items are grounds of one rule ("… based solely on any of the following:")."""


def _label_style(number: str | None) -> str:
    """ "(a)" and "b." share the style "a"; "(1)", "2." share "1"; "A." … "A"; roman "iv" counts as "a"."""
    label = (number or "").strip().strip("().")
    if not label:
        return "-"
    if label.isdigit():
        return "1"
    if label.isalpha():
        return "A" if label.isupper() else "a"
    return "-"


_INLINE_ITEM = re.compile(
    r"(?:(?<=:)|(?<=;)|(?<=;\sor)|(?<=;\sand))\s+\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+"
)


def _inline_list(sentence: str) -> list[str] | None:
    """A list printed inside one paragraph: [stem ending in ":", item, item …], or None."""
    colon = sentence.find(":")
    if colon < 0:
        return None
    cuts = [m for m in _INLINE_ITEM.finditer(sentence) if m.start() >= colon]
    if len(cuts) < 2 or sentence[colon + 1 : cuts[0].start()].strip():
        return None
    pieces = [sentence[: colon + 1]]
    for m, nxt in zip(cuts, [*cuts[1:], None], strict=True):
        pieces.append(sentence[m.end() : nxt.start() if nxt else len(sentence)].strip())
    return pieces


_LABEL_AT = re.compile(
    r"(?:(?<=[:;.])|(?<=;\sor)|(?<=;\sand)|(?<=,\sor)|(?<=,\sand))\s+\(?([0-9]{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+(?=\S)",
    re.I,  # "; OR (II)" in a bill's capitals
)
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


def _sibling_of_stem(stem: _Unit, number: str) -> bool:
    """A label that follows the stem's own label ("(b)" after "(a) … shall:") and none of its items'."""
    own = _LEAD_LABEL.match(stem.clause.text)
    label = (own.group(1) if own else _plain_label(stem.clause.number)) or ""
    nxt = _plain_label(number)
    if not label or nxt not in _successors(label):
        return False
    return not any(nxt in _successors(_plain_label(c.number)) for c, _ in stem.items if c.number)


_LEAD_LABEL = re.compile(r"\s*\.?\s*\(([a-z]{1,3}|\d{1,3})\)\s", re.I)


def _successors(label: str | None) -> set[str]:
    """The labels that may follow ``label`` in a list ("1" → "2", "b" → "c", "iv" → "v")."""
    if label is None:
        return {"1", "a", "A", "i", "I"}
    if label.isdigit():
        return {str(int(label) + 1)}
    out = {chr(ord(label) + 1)} if len(label) == 1 and label.isalpha() else set()
    if label.lower() in _ROMAN[:-1]:
        following = _ROMAN[_ROMAN.index(label.lower()) + 1]
        out.add(following.upper() if label.isupper() else following)
    return out


def _label_chain(text: str, first: str | None, start: int = 0) -> list[re.Match[str]]:
    """Labels printed inside a paragraph that continue a list: "(A) … . (B) … . (C) …"."""
    chain: list[re.Match[str]] = []
    expected = _successors(first)
    for m in _LABEL_AT.finditer(text, start):
        if m.group(1) in expected:
            chain.append(m)
            expected = _successors(m.group(1))
    return chain


def _pieces(text: str, chain: Sequence[re.Match[str]]) -> list[str]:
    return [
        text[m.end() : nxt.start() if nxt else len(text)].strip()
        for m, nxt in zip(chain, [*chain[1:], None], strict=True)
    ]


def _inline_stem(text: str) -> tuple[str, list[str]] | None:
    """A paragraph holding a list's stem and its items ("… any of the following: (A) Inquiring … .
    (B) Detaining … ."), as a re-paragraphed copy prints it: (text up to the stem, items)."""
    found = _inline_stem_and_tail(text)
    return None if found is None else (found[0], [*found[1][:-1], f"{found[1][-1]} {found[2]}".strip()])


def _inline_stem_and_tail(text: str) -> tuple[str, list[str], str] | None:
    """``_inline_stem``, with the sentences that follow the last item apart: "… unless: (I) … ; OR (II)
    … NOT IMMIGRATION LAW. Upon receiving a request …, the commissioner shall … notify …" (N.Y. Veh. &
    Traf. Law § 201(12)(a) as A2325 of 2023 would amend it) goes on with a rule of its own."""
    for colon in (m.start() for m in re.finditer(":", text)):
        chain = _label_chain(text, None, colon)
        if chain and chain[0].start() == colon + 1:
            items = _pieces(text, chain)
            last = sentences(items[-1])
            if len(chain) > 1 and len(last) > 1 and last[0].endswith(".") and last[1][:1].isupper():
                return text[: colon + 1], [*items[:-1], last[0]], " ".join(last[1:])
            return text[: colon + 1], items, ""
    return None


def _item_texts(clause: Clause) -> list[tuple[str, bool]]:
    """An item's text, and the items that follow it in the same paragraph ("… ; or (b) Request …"),
    each with whether it is nested under the first ("(1) Use … the following: (A) Inquiring …")."""
    text = clean(clause.text)
    nested = _inline_stem(text)
    if nested:
        return [(nested[0], False), *((item, True) for item in nested[1])]
    chain = _label_chain(text, (clause.number or "").strip().strip("()."))
    pieces = [text[: chain[0].start()].strip(), *_pieces(text, chain)] if chain else [text]
    return [(piece, False) for piece in pieces]


def _continues(text: str) -> bool:
    """An item that stops mid-sentence ("(1) stop, arrest, detain, or continue to detain a person")
    or at a colon is completed by the items under it."""
    tail = text.rstrip()
    return tail.endswith(":") or not re.search(r"[.;,!?)\]\"'”’]$|\b(?:or|and)$", tail, re.I)


_OPEN_END = re.compile(
    r"\b(?:to|from|of|for|by|with|on|upon|in|that|shall|may|must|will|not|including|unless|except|when|if|"
    # "The Attorney General shall take into custody any alien who" (A) is inadmissible … (8 U.S.C. 1226(c)(1))
    r"before|after|who)\s*$",
    re.I,
)
"""A stem that stops mid-sentence without a colon ("1. Any city official shall require a judicial warrant
prior to" a. …, b. …: New London's proposed resolution, 2017): the items below complete it."""
_ANAPHORIC_STEM = re.compile(r"\s*(?:this|that|these|those|such)\b[^.]*[:\-–—]\s*$", re.I)


def rule_units(clauses: Sequence[Clause]) -> list[_Unit]:
    units: list[_Unit] = []
    stem: _Unit | None = None
    levels: list[tuple[str, int]] = []  # the open list's label styles, each with its latest item
    for clause in clauses:
        section = clause.path + ((clause.heading,) if clause.heading and not clause.is_heading else ())
        if stem is not None and clause.number and _sibling_of_stem(stem, clause.number):
            # "Sec. 9. (a) … shall: (1) provide …; (2) record …; (3) comply …; and (4) inform …" then "(b) If
            # an individual … presents … a United States passport …" (Indiana SB 76 of 2026): (b) follows (a),
            # the stem's own label, not the items
            stem, levels = None, []
        if stem is not None and (_is_item(clause) or _unlabelled_item(clause, stem)):
            style = _label_style(clause.number)
            styles = [s for s, _ in levels]
            nested = bool(stem.items) and _continues(stem.items[-1][1])
            if not levels or style in styles or nested:
                if style in styles:
                    del levels[styles.index(style) :]
                elif levels:
                    levels[-1] = (levels[-1][0], len(stem.items) - 1)
                parent = levels[-1][1] if levels else None
                levels.append((style, len(stem.items)))
                first = len(stem.items)
                for item, under_first in _item_texts(clause):
                    stem.items.append((clause, item))
                    stem.parents.append(first if under_first else parent)
                continue
        stem, levels = None, []
        if clause.is_heading and not re.search(r"[:\-–—]\s*$", clause.text):
            continue  # a heading names a section; one ending in ":" introduces a list
        listed = _inline_stem_and_tail(clean(clause.text))
        parts = sentences(listed[0] if listed else clause.text)
        for k, sentence in enumerate(parts):
            if listed and k == len(parts) - 1:
                stem = _Unit(clause, sentence, [(clause, item) for item in listed[1]], section)
                stem.parents = [None] * len(listed[1])
                units.append(stem)  # the list may go on in the next paragraphs: "(2) Requesting …"
                after = sentences(listed[2]) if listed[2] else []
                for j, more in enumerate(after):
                    units.append(_Unit(clause, more, section=section, before=after[j - 1] if j else ""))
                if after:
                    stem = None  # the list ended within the paragraph
                break
            inline = _inline_list(sentence)
            if k > 0 and k == len(parts) - 1 and _ANAPHORIC_STEM.match(sentence) and not inline:
                # "… shall not adopt a policy which prohibits … . This includes prohibitions on:" — the
                # list's stem is read with the sentence it points back to
                sentence = f"{parts[k - 1]} {sentence}"
            unit = _Unit(
                clause, inline[0] if inline else sentence, section=section, before=parts[k - 1] if k else ""
            )
            if inline:  # "… any of the following: (1) inquiring …; (2) sending …" read as stem and items
                unit.items = [(clause, item) for item in inline[1:]]
                unit.parents = [None] * len(unit.items)
            units.append(unit)
            if k == len(parts) - 1 and (re.search(r"[:\-–—]\s*$", sentence) or _OPEN_END.search(sentence)):
                stem = unit
    return units


# --- reading one unit ----------------------------------------------------------------------------
_Candidate = tuple[int, int, "ActionSpec", re.Match[str]]
"""(verb position, the action's place in the lens, the action, the verb)."""


def _find_action(text: str, candidates: Sequence[_Candidate]) -> tuple[ActionSpec, re.Match[str]] | None:
    """The action a sentence states a rule on: of the verbs near an object of their action (the
    ``candidates``), the first one that a modal or negation governs ("no officer shall inquire") —
    a strong one ("shall", "may", "not") before a mere "is"; where none is strong, the subject of a
    passive rule —, else the first at all (so a heading's "Immigration Inquiries Prohibited" does not
    take the place of the rule's own verb). A verb inside an exception the sentence opens with
    ("Unless immigration status is relevant to another … investigation, the fact … shall not be the
    sole basis for contact") belongs to the exception, not to the rule."""
    lead = _leading_exception(text, len(text))
    if lead is not None and not text[: lead[0]].strip(" (\"'“"):
        candidates = [c for c in candidates if not lead[0] <= c[0] < lead[1]] or list(candidates)
    # a verb in an exception after the rule's own verb is the exception's ("… shall not prohibit police
    # officers, peace officers, or school resource officers from sending … information …, EXCEPT THAT
    # THIS SECTION SHALL NOT AUTHORIZE ANY COMMUNICATION prohibited by section 145.25": A5686 of 2023)
    # — where the rule's modal stands before both and the exception has a modal of its own
    modal = _STRONG_MODAL.search(text)
    trailing = next(
        (
            m
            for m in _EXCEPTION.finditer(text)
            if modal is not None and any(modal.start() < c[0] < m.start() for c in candidates)
        ),
        None,
    )
    own = "" if trailing is None else text[trailing.end() : _span_end(text, trailing.start())].split(". ")[0]
    if trailing is not None and _STRONG_MODAL.search(own):
        candidates = [c for c in candidates if c[0] < trailing.start()]
    nouns = [c for c in candidates if _NOUN_ENDING.search(c[3].group(0))]
    if modal is not None and nouns:
        # a noun in a trailing exception names no act ("Provide students and parents/guardians with any
        # documents provided by the immigration enforcement officer, unless such disclosure is prohibited
        # by a subpoena …", Kerman Unified School District AR 5145.13)
        spans = [
            (m.start(), _span_end(text, m.start()))
            for m in _EXCEPTION.finditer(text)
            if m.start() > modal.start() and m.group(0).lower().startswith(("unless", "except"))
        ]
        inside = {id(c) for c in nouns if any(a <= c[0] < b for a, b in spans)}
        candidates = [c for c in candidates if id(c) not in inside]
    governed = [
        c
        for c in candidates
        if _MODAL_WORDS.search(text[max(0, c[0] - 60) : c[0]])
        or _NEGATION.search(text[max(0, c[0] - 60) : c[0]])
    ]
    strong = [c for c in governed if _STRONG_MODAL.search(text[max(0, c[0] - 60) : c[0]])]
    if not strong:
        governed = [c for c in candidates if _PASSIVE_SUBJECT.match(text, c[3].end())] or governed
    else:
        # "… in the course of the investigation it is learned the subject is an illegal alien, this
        # information may be forwarded to ICE" (Hanover Park 210-P, V.B): "may" governs, "is" does not
        governed = strong
    best = min(governed or candidates, default=None)
    return None if best is None else (best[2], best[3])


_NOUN_ENDING = re.compile(r"(?:ure|ance|ence|tion|ment)s?$", re.I)
"""A word a verb pattern matched that is a noun ("disclosure", "assistance", "notification")."""
_STRONG_MODAL = re.compile(r"\b(?:shall|must|will|should|may|can|could|cannot|never)\b|\bnot\b", re.I)
_PASSIVE_SUBJECT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:may|shall|must|will|should|can)\s+(?:not\s+)?(?:\w+ly\s+)?(?P<be>be)\s+\w+(?:ed|en)\b",
    re.I,
)
"""The action's word is the subject of a passive rule: "… it is learned the subject is an illegal alien,
*this information may be forwarded* to ICE" (Hanover Park Directive 210-P, V.B)."""
_DESCRIBES_PERSON = re.compile(
    # "… training requirements for law enforcement officers *who are, or will be, performing* a function of
    # an immigration officer" (8 U.S.C. 1357(g) as the 287(g) Program Protection Act would amend it)
    r"\b(?:who|whom|that|which)\s+(?:has|have|had|is|are|was|were)(?:,?\s+or\s+(?:will|shall|may)\s+be,?)?\s+"
    r"(?:not\s+)?(?:(?:been|being)\s+)?"
    r"(?:(?:already|previously|lawfully|subsequently|recently)\s+)?$",
    re.I,
)
"""A verb in a relative clause describes the person, not what the rule makes officers do: "shall
communicate … regarding the immigration status of any individual *who has been arrested* for a
criminal offense" (Tenn. Code 7-68-105, SB 17 of 2025) is no rule on arrests."""
_DESCRIBES_AGENCY = re.compile(
    r"\b(?:agenc(?:y|ies)|entit(?:y|ies)|department|authorit(?:y|ies)|bodies|body|office)\s+(?:that|which)\s+"
    # "… a waiver … to a local law enforcement agency *that declined to honor* an immigration detainer"
    # (an edit of Md. HB 675 of 2026): the agency's past act names it
    r"(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:(?:\w+ed|\w+s|failed|refused)\s+to\s+)?$"
    # "Any agency *refusing to honor* an immigration detainer for an inmate shall report each such refusal to
    # the attorney general" (N.H. SB 71 of 2025, new RSA 30-B:1, III): the participle names the agency
    r"|\b" + _AGENCY_NOUN + r"\s+(?:\w+ing\s+(?:or\s+\w+ing\s+)?to\s+)$",
    re.I,
)
"""A verb in a relative clause names the agency, not the rule's act: "shall not disclose … records … to
any agency *that primarily enforces* immigration law" (N.Y. Veh. & Traf. Law § 201(12)) is a rule on
disclosure, not on enforcing immigration law."""
_AGENCY_BEFORE = re.compile(r"\b" + _AGENCY_NOUN + r"\s+$", re.I)
_DESCRIBES_TIME = re.compile(
    r"\b(?:date|time|deadline|day|period)\s+(?:by|on|before|after|within|during)\s+which\b[^.;:]{0,100}$",
    re.I,
)
"""A verb in a clause that names a date is not the rule's act: "… a one-time waiver … to delay the date
*by which the local law enforcement agency must enter into* an immigration enforcement agreement" (Md.
HB 675 of 2026)."""
_PERSON_PARTICIPLE = re.compile(
    r"\b(?:officers?|employees?|personnel|deput(?:y|ies)|agents?|members?|staff)"
    r"(?:\s+(?:of|from)\s+(?:a|an|the|any)\s+[^.;,:]{0,80}?)?\s+$",
    re.I,
)
"""A participle right after the people it describes: "an officer or employee of a State or political
subdivision of a State *performing* a function under the agreement shall have knowledge of … Federal law"
(8 U.S.C. 1357(g)(2)) is a rule on what such officers must know, not on performing the function."""
_SHORT_QUOTE = re.compile(r"[\"“](?:[^\"“”\s]+\s+){0,11}[^\"“”\s]+[\"”]")
"""Words in quotation marks, twelve at most: a label or a term, not the rule's own act (when its object is
quoted as well)."""
_ADJECTIVE_PRESENT = re.compile(r"present\b", re.I)
_PRESENT_AS_STATE = re.compile(
    r"\b(?:legally|lawfully|unlawfully|illegally|physically|not|is|are|was|were|be|been|remains?)\s+$", re.I
)
_HOLDS_GROUNDS = re.compile(
    r"\b(?:officers?|members?|deput(?:y|ies)|employees?|agents?|troopers?|personnel)\s+(?P<grounds>who\s+(?:has|have|had|"
    r"develops?|forms?)\s+(?:a\s+|the\s+)?(?:reasonable\s+suspicion|probable\s+cause|(?:reasonable\s+)?(?:grounds|reason)\s+"
    r"to\s+believe|(?:specific\s+and\s+articulable\s+)?facts)\b[^.;]*?)\s+(?:may|shall|must|will|should|can)\b[^.;]*$",
    re.I,
)
"""The grounds an officer must hold, said of the officer ("An officer *who has a reasonable suspicion
that* … may detain …"): a condition of the rule."""
_PERSON_UNDERGOES = re.compile(
    r"\b(?:if|when|whenever|where|once|after)\s+(?:a|an|the|any|such)\s+(?:\w+\s+)?(?:person|individual|subject|"
    r"suspect|arrestee|detainee|inmate|juvenile|alien|foreign\s+national)s?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:being\s+)?(?:(?:not|already|previously|lawfully|subsequently|recently|otherwise|currently|still)\s+)*"
    r"(?:\w+(?:,\s*|\s+(?:and|or)\s+))*$",
    re.I,
)
"""A verb in a condition on what happened to the person is no act of the rule: "*If a person is
arrested and detained* by this Department for a felony …, this information may be forwarded to ICE"
(Hanover Park Directive 210-P, V.B) is a rule on forwarding, not on arrests; "… shall issue a detainer
for an alien …, and, *if the alien is not otherwise detained* by Federal, State, or local officials,
shall … take custody of the alien" (8 U.S.C. 1226(c)(3) as the Laken Riley Act made it) forbids no
detention."""
_WHETHER_PURPOSE = re.compile(r"\bwhether\b[^.;]{0,80}?\bfor\s+the\s+purposes?\s+of\s+$", re.I)
"""A purpose to be found out is no act of the rule: "a custodian shall take reasonable steps to
determine *whether* a person seeking access … is doing so *for the purpose of enforcing* immigration
law" (Md. GP 4-320.1(b) as HB 711 of 2026 would add it)."""
_COUNTED = re.compile(
    r"\b(?:number|numbers|count|counts|statistics|tally|total|totals|percentage)\s+of\b[^.;:]{0,100}$", re.I
)


@functools.lru_cache(maxsize=64)
def _any_object(objects: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern for the objects of several actions: a sentence that names none of them states no
    rule on any (one scan instead of one per action — most sentences of a long manual)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in objects), re.IGNORECASE)


_FALLBACK_FRAME = re.compile(
    r"\b(?:polic(?:y|ies)|ordinances?|regulations?|rules?|practices?|procedures?|prohibit\w*|restrict\w*|"
    r"limit\w*|prevent\w*|preclud\w*|requir\w*\s+that)\b",
    re.I,
)
"""Words before a verb that may turn the rule read from it round ("may not adopt a policy under which
the entity will not fully enforce …", Texas HB 1256 of 2007)."""
_FEDERAL_ACTOR = re.compile(r"\b(?:Secretary|Attorney\s+General|Director|Commissioner)\b")
"""An officer whose powers a federal statute sets ("the Secretary of Homeland Security may arrest an
alien"): not a rule for local officers. Capitalised, as a title ("the department's director" is not
one: S.C. Code 23-6-60(A), heldout2 HT-17)."""
MODAL_VERB = r"\b(?:shall|will|may|must|should|can|cannot)\b"
"""The modal verbs of a rule, without "is", "do" or the like."""
_FALLBACK_MODAL = re.compile(MODAL_VERB + r"[^.;:,]*$", re.I)
"""A modal before the verb, in the same clause of its sentence."""


def action_candidates(text: str, actions: Sequence[ActionSpec]) -> list[_Candidate]:
    found: list[_Candidate] = []
    if len(actions) > 1:
        union = _any_object(tuple(a.objects for a in actions))
        if not may_match(union, text) or not union.search(text):
            return found
    quoted = [m.span() for m in _SHORT_QUOTE.finditer(text)] if '"' in text or "“" in text else []
    nearest: dict[tuple[int, int], int] = {}  # (verb position, action's place) → its nearest object's gap
    for order, action in enumerate(actions):
        objects = [m for m in action.objects.finditer(text)] if may_match(action.objects, text) else []
        if not objects:
            continue
        if action.needs is not None and not action.needs.search(text):
            continue
        for verb in action.verbs.finditer(text):
            if action.fallback and (
                not _FALLBACK_MODAL.search(text, max(0, verb.start() - 50), verb.start())
                or _FALLBACK_FRAME.search(text, max(0, verb.start() - 80), verb.start())
                or _FEDERAL_ACTOR.search(text, max(0, verb.start() - 80), verb.start())
            ):
                # a rule read only from its words needs a modal ("shall", "may not") before its verb, no
                # frame that may turn it round, and an actor the policy binds
                continue
            if any(a < verb.start() < b and any(a < o.start() < b for o in objects) for a, b in quoted):
                # noted as “ICE Warrant not enforced, administrative warrant only”: a label, verb and object
                # within it (Officers will not “routinely inquire” into the immigration status … is a rule)
                continue
            if _COUNTED.search(text, max(0, verb.start() - 120), verb.start()):
                continue  # "a quarterly report of the number of detainers received and honored": a count
            if _DESCRIBES_PERSON.search(text, max(0, verb.start() - 40), verb.start()):
                continue
            if _DESCRIBES_AGENCY.search(text, max(0, verb.start() - 60), verb.start()):
                continue
            if verb.group(0).lower().endswith("ing") and _AGENCY_BEFORE.search(
                text, max(0, verb.start() - 30), verb.start()
            ):
                continue  # "any agency refusing to honor …": the participle names the agency
            if _DESCRIBES_TIME.search(text, max(0, verb.start() - 120), verb.start()):
                continue
            if verb.group(0).lower().endswith("ing") and _PERSON_PARTICIPLE.search(
                text, max(0, verb.start() - 120), verb.start()
            ):
                continue
            if _WHETHER_PURPOSE.search(text, max(0, verb.start() - 120), verb.start()):
                continue
            if _PERSON_UNDERGOES.search(text, max(0, verb.start() - 80), verb.start()):
                continue
            if _ADJECTIVE_PRESENT.match(verb.group(0)) and _PRESENT_AS_STATE.search(
                text, max(0, verb.start() - 30), verb.start()
            ):
                continue  # "the person is not legally present in the United States": no one presents anything
            if _INTERNAL_OBJECT.match(text, verb.end()):
                continue  # "notify a Bureau Chief before assisting …": told inside the department
            if verb.group(0).lower().endswith("ed") and _BY_FEDERAL.match(text, verb.end()):
                # "immigration laws are enforced only by federal law enforcement officers; local law
                # enforcement officers in Minnesota have no power to enforce them" (an edit of a Minnesota
                # sheriff's statement): what federal officers do, not a rule on local ones
                continue
            if (
                not action.protective
                and _TELLING.match(verb.group(0))
                and _PERSON_OBJECT.match(text, verb.end())
            ):
                continue  # "inform the person that the person is being held …": told to the person
            if (
                verb.group(0).lower().endswith("ed")
                and (by := _BY_AGENT.match(text, verb.end())) is not None
                and any(by.end() <= o.start() <= by.end() + 20 for o in objects)
            ):
                continue  # "any documents provided by the immigration enforcement officer": ICE gave them
            if (
                verb.group(0).lower().endswith("ed")
                and _BY_AGENT.match(text, verb.end()) is not None
                and _NOUN_BEFORE_PARTICIPLE.search(text, max(0, verb.start() - 40), verb.start())
                # "Resources and data collected by the district shall not be used …": a subject's participle
                # before the rule's own modal is left as it was read
                and not _MODAL_WORDS.search(re.split(r"[.;:]", text[verb.end() : verb.end() + 80])[0])
            ):
                # "the criminal enterprise of illegal aliens initiated by breach of federal law" (Anne Arundel
                # County PD policy 606): a participle that describes a noun, not the rule's act
                continue
            if (
                not action.protective
                and _GIVING.match(verb.group(0))
                and _GIVEN_TO_PERSON.match(text, verb.end())
            ):
                # "Provide students and parents/guardians with any documents provided by the immigration
                # enforcement officer" (Kerman USD AR 5145.13): the people are given them, not ICE
                continue
            if _TOLD_THE_DEPARTMENT.match(text, verb.end()) and verb.group(0).lower().endswith(" to"):
                continue  # "shall … report to the department any request for information or access …"
            if _INTERNAL_RECIPIENT.match(text, verb.end()) or _INTERNAL_RECIPIENT.search(
                text, max(0, verb.start() - 100), verb.start()
            ):
                continue  # "shall transmit a report each year to the Mayor and the Council"
            gaps = [
                max(o.start() - verb.end(), verb.start() - o.end(), 0)
                for o in objects
                if -action.window <= o.start() - verb.end() <= action.window
                or -action.window <= verb.start() - o.end() <= action.window
            ]
            if gaps and not any(o.start() <= verb.start() < o.end() for o in objects):
                found.append((verb.start(), order, action, verb))
                nearest[(verb.start(), order)] = min(gaps)
    # one verb, two actions' objects near it: a protective act whose object is the nearer one is the
    # act ("… are permitted access to an individual …, the officer shall provide the individual with a
    # written consent form"); otherwise the lens's order decides
    read = list(found)  # as found: a protective act moved to the front below is still its own rival
    for k, (at, order, action, verb) in enumerate(read):
        rivals = [nearest[(a, o)] for a, o, _, _ in read if a == at and o != order]
        if action.protective and rivals and nearest[(at, order)] < min(rivals):
            found[k] = (at, -1, action, verb)
    return found


_KEPT: dict[tuple[int, ...], tuple[tuple[ActionSpec, ...], dict[str, tuple[_Candidate, ...]]]] = {}


def _cached_candidates(text: str, actions: Sequence[ActionSpec]) -> tuple[_Candidate, ...]:
    """``action_candidates``, kept: most sentences stand in both versions, and are read once. Kept
    by the actions' identity (they are kept alive with their sentences; hashing an ActionSpec hashes
    its compiled patterns, which costs as much as a search)."""
    key = tuple(map(id, actions))
    kept = _KEPT.get(key)
    if kept is None or any(a is not b for a, b in zip(kept[0], actions, strict=True)):
        if len(_KEPT) >= 64:
            _KEPT.clear()
        kept = _KEPT[key] = (tuple(actions), {})
    found = kept[1].get(text)
    if found is None:
        if len(kept[1]) >= 1 << 15:
            kept[1].clear()
        found = kept[1][text] = tuple(action_candidates(text, actions))
    return found


def speaks_of(action: ActionSpec, text: str) -> bool:
    """Does ``text`` speak of ``action`` the way a rule on it would (its verb near its object; for a
    protection, also its protective words)? Used to tell a rule the tool could not read in a
    reworded sentence from a rule that was really dropped."""
    if action.protective and not _PROTECTION.search(text):
        return False
    return bool(action_candidates(text, [action]))


_PASSIVE = re.compile(
    r"\b(?:(?:shall|must|will|may|should|need)\s+(?:not\s+)?be\s+(?:made|provided|given|sent|shared|disclosed|honou?red|"
    r"conducted|performed|permitted|allowed|done|initiated|undertaken|used)|need\s+not\s+be\b|(?:is|are)\s+(?:not\s+)?"
    r"(?:required|permitted|allowed|authori[sz]ed)\b|(?:is|are)\s+(?:prohibited|forbidden|barred)\b)",
    re.I,
)


_NEED_NOT = re.compile(
    r"\b(?:will|shall|does|do|would|should)\s+not\s+(?:need|have)\s+to\b|\bneed\s+not\b|"
    r"\b(?:is|are|will\s+not\s+be|shall\s+not\s+be)\s+(?:not\s+)?(?:required|obligated|obliged)\s+to\b"
    # "Except as described below, it is not necessary to notify ICE when booking arrestees" (Lexipol 428)
    r"|\b(?:is|are)\s+not\s+(?:necessary|needed|mandatory)\s+(?:for\s+(?:[\w-]+\s+){1,4}?)?to\b",
    re.I,
)
_NOT_A_RULE = re.compile(
    r",?\s*\bbut\s+(?:is|are)\s+not\s+limited\s+to\b|\bbut\s+not\s+limited\s+to\b"
    # "No later than one year after this section takes effect, the attorney general … shall publish …" (Wash.
    # SB 5906, substitute): a deadline, not a "no"
    r"|\b(?:no|not)\s+(?:later|earlier|sooner)\s+than\b[^,;:]*,?"
    # "public servants are expressly permitted to engage in the following activities, which shall not
    # constitute a violation of this chapter:" (Hamtramck, Mich., Ord. 2008-1): says what the acts are not
    r"|,?\s*\bwhich\s+(?:shall|will|does|do)\s+not\s+(?:constitute|be\s+(?:deemed|considered))\b[^.;:]*"
    # "Notwithstanding the prohibitions set forth in division (A) …, public servants are expressly permitted
    # to …": the prohibitions named are another rule's
    r"|\bnotwithstanding\s+(?:the\s+|any\s+)?(?:prohibitions?|restrictions?|limitations?)\b[^,;:]*,?"
    # "documentation … indicative that the person is not legally present in the United States" (North
    # Riverside 414.4.1) describes the person
    r"|\b(?:is|are|was|were|be)\s+not\s+(?:legally|lawfully)\s+(?:present|admitted|in)\b"
    r"|\b(?:is|are|was|were)\s+not\s+(?:an?\s+)?(?:(?:U\.\s?S\.|United\s+States)\s+)?(?:citizens?|nationals?)\b",
    re.I,
)
"""A negation that forbids nothing: "may include, but are not limited to", a person "not legally present"."""


_CRIME = re.compile(r"commits?\b", re.I)
"""A verb that defines a crime ("commits an offense")."""
_WHO_DOES = re.compile(r"\b(?:that|which|who)\s+(?:knowingly\s+|willfully\s+|intentionally\s+)?$", re.I)
"""A verb in the subject's relative clause ("A municipality that adopts …")."""
_PENALTY = re.compile(
    r"\b(?:is|are|shall\s+be|will\s+be|becomes?)\s+(?:ineligible|subject\s+to\s+(?:a\s+)?(?:civil\s+penalt|"
    r"suspension|removal|fine|denial|forfeiture)|liable|guilty)\w*|\bcommits?\s+(?:a|an)\s+(?:felony|misdemeanor|"
    r"offense|crime|class\s+\w+)\b|\bshall\s+(?:forfeit|lose|not\s+receive|receive\s+no)\b",
    re.I,
)
"""A penalty on the subject's act: the act is forbidden."""


def _binding(text: str, verb_start: int, floor: int = 0) -> tuple[Binding, str, bool]:
    """How binding the rule is, the words that say so, and whether it is a double negation; ``floor``:
    where the rule's own words begin (a second rule in one sentence)."""
    before = text[:verb_start]
    if _WHO_DOES.search(before[-40:]) and (penalty := _PENALTY.search(text, verb_start)) is not None:
        # "A local official who knowingly votes in favor of the adoption of a sanctuary policy commits a
        # felony" (Florida SB 2-C of 2025, in kind); "A municipality that adopts a sanctuary policy shall be
        # ineligible to receive state grant funds": the act is punished, so it is forbidden
        return "prohibited", penalty.group(0), False
    lead = _leading_exception(text, verb_start)
    cut = max((m.end() for m in re.finditer(r"[;]", before)), default=lead[1] if lead else 0)
    cut = max(cut, floor)
    opening = _LEADING_CONDITION.match(text)
    commas = [
        c
        for c in (re.finditer(r",\s", text[:verb_start]) if opening and lead is None else ())
        if c.start() > opening.end()  # type: ignore[union-attr]
        and (_MODAL_WORDS.search(text, c.end(), verb_start) or _NEGATION.search(text, c.end(), verb_start))
    ]
    comma = commas[-1] if commas else None  # the last after which the rule's modal still stands
    if comma is not None and comma.start() > cut:
        # "Whenever … and the individual is not going to be booked into the county jail, the arresting
        # deputy shall notify ICE …": the condition's "not" is not the rule's
        cut = comma.start()
    window = before[cut:]
    if re.search(r"(?:^|[\s:;(])no\s+$", window, re.I):
        # "(2) No arrests shall be made at a courthouse …" (Humboldt County Code 9121-6(d)): the rule's
        # own noun is negated, whatever the stem before it says
        return "prohibited", window.rstrip()[-2:], False
    if lead is not None and lead[0] > floor and not (_MODAL_WORDS.search(window) or _NEGATION.search(window)):
        # "… shall not: (4) Except as provided in Agreement No. 16-00-0016, (A) provide …": the modal
        # stands before the exception, not after it
        window = before[max(floor, lead[0] - 200) : lead[0]] + " " + window
    double = None
    for m in _DOUBLE_NEGATION.finditer(text):
        if floor <= m.start() < verb_start + 5:
            double = m
    if (
        double is not None
        and double.end() <= cut
        and _MODAL_WORDS.search(window)
        and _NEGATION.search(window)
    ):
        # "Nothing in this chapter shall be construed to preclude … from: … D. Providing a liaison function
        # …; provided, that such function shall not include using city funds or resources to stop, question
        # … or arrest persons …" (Bellingham Municipal Code 2.25.060): after the ";" the act has a modal and
        # a "not" of its own, which govern it
        double = None
    if double is not None:
        return "permitted", double.group(0), True
    optional = re.search(
        # "Section 24 of Senate Bill 1523 authorizes, but does not require, local governments to enter into
        # memoranda of agreement …" (a county board's recital of N.C. law)
        r"\bauthori[sz]es,?\s+but\s+(?:does|do)\s+not\s+(?:require|mandate)\b|"
        r"\bbut\s+(?:is|are)\s+not\s+required\b|\bmay,?\s+but\s+need\s+not\b|\b(?:is|are)\s+(?:never|not)\s+required,?\s+"
        r"but\s+(?:is|are)\s+(?:permitted|allowed)",
        text,
        re.I,
    )
    if optional is not None:  # "Responses are never required, but are permitted"
        return "permitted", optional.group(0), False
    window = _NOT_A_RULE.sub(" ", window)
    if re.search(r",\s*(?:and\s+|but\s+)?not\s+$", window, re.I):
        # "the role of Arlington County law enforcement is to keep our community safe, not enforce federal
        # immigration laws" (Arlington County, Va.): the "not" set against what the sentence affirms
        return "prohibited", "not", False
    negation = [m for m in _NEGATION.finditer(window)]
    modal = [m for m in _MODAL_WORDS.finditer(window)]
    said = modal[-1].group(0) if modal else ""
    refusal = _REFUSAL.search(window)
    if refusal is not None and not any(m.start() >= refusal.end("word") for m in negation):
        # "shall decline … requests", "shall refuse to disclose" forbid honouring, disclosing; "may decline"
        # leaves it to discretion; "no officer shall refuse to …", "may not decline" require it
        if any(m.end() <= refusal.start("word") for m in negation):
            return "required", window[negation[0].start() : refusal.end()], True
        lenient = refusal.group(1).lower() in ("may", "can", "could")
        return ("permitted" if lenient else "prohibited"), refusal.group(0), False
    need_not = [m for m in _NEED_NOT.finditer(window)]
    if need_not and negation and need_not[-1].start() <= negation[-1].start() < need_not[-1].end():
        # "Generally, an officer will not need to notify ICE when booking arrestees" (Lisle 415.5): no duty,
        # not a prohibition
        return "permitted", need_not[-1].group(0), False
    if negation:
        last_neg = negation[-1]
        neg = last_neg.group(0)
        if modal and modal[-1].start() >= last_neg.end() and modal[-1].end() - last_neg.start() <= 80:
            # "No individual should be held …": the subject says no, the modal says how firmly
            return "prohibited", window[last_neg.start() : modal[-1].end()], False
        return "prohibited", neg if len(neg) >= len(said) or not said else said, False
    last = max(
        (
            (m.start(), kind, m.group(0))
            for kind, pattern in (
                ("required", _REQUIRED),
                ("discretionary", _SHOULD),
                ("permitted", _PERMITTED),
            )
            for m in pattern.finditer(window)
        ),
        default=None,
    )
    if last is None:
        # a rule on a noun or in the passive: "The inquiry required by this section need not be made",
        # "Notice of release shall not be provided to ICE"
        after = _PASSIVE.search(text, verb_start, verb_start + 120)
        if after is not None:
            words = after.group(0)
            if re.match(r"need\s+not|(?:is|are)\s+not\s+required", words, re.I):
                return "permitted", words, False
            if re.search(r"\bnot\b|prohibited|forbidden|barred", words, re.I):
                return "prohibited", words, False
            if no := re.search(
                r"\bno\s+(?:[\w-]+\s+){0,2}$", text[max(0, verb_start - 40) : verb_start], re.I
            ):
                # "…, and no further inquiry into status shall be made" (a South Carolina sheriff's policy
                # after S.C. Code 17-13-170, in kind): the act named as a noun, and denied
                return "prohibited", no.group(0).strip() + " … " + words, False
            if re.match(r"(?:shall|must|will|is\s+required|are\s+required)", words, re.I):
                return "required", words, False
            return ("discretionary" if words.lower().startswith("should") else "permitted"), words, False
        return "permitted", "", False
    if last[1] == "required" and re.match(r"\s*only\b", window[last[0] + len(last[2]) :], re.I):
        # "The Police Department will only inquire into an individual's immigration status under the
        # circumstances described in this Section" (Suffolk County PD rules, ch. 16 sec. 4): a limit on when
        # the act may happen, not a duty to do it
        return "permitted", last[2], False
    return last[1], last[2], False  # type: ignore[return-value]


_SUBJECT = re.compile(
    r",\s+(?=(?:no|neither|the|a|an|all|any|each|every|officers?|members?|deputies|employees?|personnel|staff|"
    r"department|agency|it|this|they|we|[A-Z]{2,})\b)",
    re.IGNORECASE,
)


_LIST_GOES_ON = re.compile(r",\s*(?:or|and)\s+[^,]{1,80},\s", re.I)


def _leading_exception(text: str, verb_start: int) -> tuple[int, int] | None:
    """ "Unless required by law, no officer shall …": an exception stated before the rule, up to the
    comma where the rule's subject begins."""
    lead = next(
        (m for m in _EXCEPTION.finditer(text[:verb_start]) if not m.group(0).lower().startswith("however")),
        None,
    )
    if lead is None:
        return None
    commas = list(_SUBJECT.finditer(text, lead.end(), verb_start))

    # the first, as subjects list nouns with commas too — unless a list of the exception's own goes on after
    # it ("Unless acting pursuant to a court order, a legitimate law enforcement purpose, or the written
    # approval of the Chief of Police, no city official shall …")
    def goes_on(c: re.Match[str]) -> bool:
        modal = _STRONG_MODAL.search(text, c.end(), verb_start)  # the rule's own words begin there
        until = modal.start() if modal else verb_start
        # "Unless … a warrant issued by a federal judge or magistrate, or the individual to be interviewed
        # is held on a charge of a violent felony, federal immigration authorities shall not …": the
        # exception's own "or" alternative follows this comma
        return bool(
            _LIST_GOES_ON.search(text, c.end(), until)
            or re.match(r"\s*(?:or|and)\s+[^,]{1,120},\s", text[c.end() : until], re.I)
        )

    comma = next((c for c in commas if not goes_on(c)), commas[0] if commas else None)
    if comma is None and (bare := re.search(r",\s*$", text[lead.end() : verb_start])):
        # "Except as required by state or federal law, deny services … to an individual in custody" (ORS
        # 181A.823(1), an item under "may not:"): no subject, the act's own verb follows the comma
        return lead.start(), lead.end() + bare.start()
    return (lead.start(), comma.start()) if comma else None


_INLINE_ITEM = re.compile(r"\s*(?:(?:or|and)\s+)?\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s", re.I)


_LEFT_BEFORE_APPROVAL = re.compile(
    r"(?:[\s,;:]|\b(?:and|or|with|upon|after|absent|without|the|a|an|written|prior|express|advance|in)\b)*$",
    re.I,
)
"""The words that lead into an approval ("…, with the written [approval of …]")."""


def _span_end(text: str, start: int) -> int:
    marker = _EXCEPTION.match(text, start) or _CONDITION.match(text, start)
    begin = marker.end() if marker else start + 1
    nxt = _BOUNDARY.search(text, begin)
    word = marker.group(0).split()[-1].lower() if marker else ""
    while (
        nxt is not None
        and word in ("when", "if", "where")
        and re.match(rf",\s+(?:or\s+)?{word}\b", nxt.group(0) + text[nxt.end() : nxt.end() + 12], re.I)
    ):
        # "except when immigration status is an element of the crime, when enforcing 8 U.S.C. 1324(c), or
        # when the person is the subject of an immigration detainer" (Minneapolis 19.30(a)): one exception
        # listing its cases
        nxt = _BOUNDARY.search(text, nxt.end())
    while nxt is not None and _INLINE_ITEM.match(text, nxt.end()) and ";" in nxt.group(0):
        # "unless (a) … or (b) … the individual either (i) has illegally re-entered …; or (ii) has or is
        # engaged in terrorist activity" (Beacon, N.Y., detainer policy): a list run into the sentence
        # goes on past its semicolons
        nxt = _BOUNDARY.search(text, nxt.end())
    candidates = [m.start() for m in _EXCEPTION.finditer(text, max(begin, start + 3))]
    # "shall not inquire about an individual's immigration status unless necessary to determine eligibility
    # for a program, benefit, or provision of a service, or disclose information to federal immigration
    # authorities … unless required by law" (New York Executive Order 170, as recited in a later order): the
    # exception ends where the rule's next act begins
    act = _NEXT_ACT.search(text, begin)
    end = min([len(text)] + ([nxt.start()] if nxt else []) + candidates + ([act.start()] if act else []))
    return end


_NEXT_ACT = re.compile(
    r",\s+(?:and|or|nor)\s+(?=(?:disclose|share|provide|inquire|ask|request|detain|hold|arrest|notify|transfer|"
    r"permit|allow|grant|honou?r|comply|assist|cooperate|participate|collect|release|respond|communicate|send)\s)"
    # "…, shall not include immigration status in presentence reports except where a court orders it, and
    # shall not make terms of probation depend on …" (a county probation policy, in kind): a predicate with a
    # modal of its own
    r"|,\s+(?:and|or|nor)\s+(?=(?:shall|will|may|must)\s+(?:not\s+)?\w)",
    re.I,
)


def _refused(binding: Binding, *, lenient: bool) -> Binding:
    """The binding of the act a rule on refusing it governs: "shall not decline" requires the act, "may
    decline" (``lenient``) leaves it open, "shall decline" forbids it."""
    if binding == "prohibited":
        return "required"
    return "permitted" if lenient else "prohibited"


def _rule_sign(binding: Binding) -> int:
    """+1 where the rule lets enforcement happen, -1 where it forbids it."""
    return -1 if binding == "prohibited" else +1


_CONSENT_ASKED = re.compile(
    r"\b(?:obtain|seek|secure|get|receive|have|request|require)\s+(?:[\w/'’-]+\s+){0,4}?"
    r"(?:approval|consent|authori[sz]ation|permission|concurrence)\b",
    re.I,
)
"""The consent or approval a rule asks for before its act ("shall receive parent/guardian consent before a
student is interviewed")."""

_OWN_CONSENT = re.compile(
    r"(?:unless|except)\s+(?:when\s+|if\s+|where\s+)?(?:such\s+|the\s+)?(?:individuals?|persons?|people|inmates?|"
    r"detainees?|he|she|they)\s+(?:\w+\s+){0,2}?(?:consents?|agrees?|volunteers?)\b(?![^.;]{0,20}\bnot\b)",
    re.I,
)
"""An exception that opens on the person's own consent ("unless such individuals consent to be
interviewed in writing")."""


def _polarity(vote: int) -> Polarity:
    return "allows" if vote > 0 else "forbids"


def approval_strength(text: str, context: str) -> tuple[str, int]:
    """The verb that requires an approval ("shall" / "should") and the approver's rank (5 chief …
    1 any supervisor)."""
    verb = _APPROVAL_VERB.search(context)
    word = (
        verb.group(1).lower()
        if verb
        else (
            "shall"
            if re.search(r"\brequire|\bmust\b|\bshall\b|\bonly\s+(?:with|after|upon)\b", context, re.I)
            else ""
        )
    )
    approves = r"approv|authori[sz]|consent|permission|sign-?off|concurrence|decides?\s+whether"
    if not re.search(approves, text, re.I):
        word = f"{word or 'shall'} (review only)"  # a review is not an approval: a lower bar
    # "the Chief of Police or any lieutenant": the lowest approver named sets the bar
    at = context.find(text)
    led = at > 0 and re.search(
        r"\b(?:any|an?\s+on[-\s]duty)\s+(?:[\w-]+\s+)?$", context[max(0, at - 30) : at], re.I
    )
    rank = (
        1  # "Any supervisor may approve …": the word before the approver's title says who
        if _ANY_SUPERVISOR.search(text) or led
        else min((r for p, r in _APPROVER_RANK if p.search(text)), default=2)
    )
    if re.search(r"\bin\s+writing\b|\bwritten\b", context, re.I) and word:
        word = f"{word} in writing"
    return word, rank


_SECOND_RULE = re.compile(
    r"(?:\bnor|[,;]\s*(?:and|but|or)|;|\b(?:and|but)(?=\s+(?:shall|will|may|must|should|can)\b))\s+"
    r"(?!(?:except|unless|provided|however|nothing|notwithstanding)\b)"
    r"(?:(?:(?!except|unless|provided|nothing)[\w'’-]+,?\s+){0,8}?)(?:shall|will|may|must|should|can)\b"
    # "… shall not question such persons …, nor ask them to produce a passport": the modal is shared
    r"|,?\s*\bnor\b(?=\s+(?-i:[a-z])[\w-]+\s)",
    re.I,
)
"""A second rule joined to the first in one sentence: "No person … shall be detained …, nor shall
notice of his or her pending release be provided", "…; and officers may …"."""


_DEFINITION = re.compile(
    r"^\W*(?:\(?\w{1,4}[.)]\s+)*(?:(?-i:[A-Z][A-Z]{2,}(?:\s+[A-Z]{2,}){0,3})\s+|definitions?[.:]\s+)?(?:[\"“‘][^\"”’]{1,80}[\"”’],?\s+(?:means|shall\s+mean|includes|shall\s+include|"
    r"does\s+not\s+include|refers\s+to|has\s+the\s+(?:same\s+)?meaning)|[A-Z][\w/'’-]*(?:\s+[\w/'’-]+){0,5}\s+means)\b"
    r"|\bas\s+used\s+in\s+this\b|^\W*the\s+term\b"
    # "A judicial warrant does not include a civil immigration warrant, administrative warrant, or other
    # document signed only by ICE …" (Ithaca Code, 2017): what a term does not cover
    r"|^\W*(?:(?:an?|the)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+(?:does|shall)\s+not\s+include\b"
    # "Except as provided under subsection (b), for purposes of this Act, the term sanctuary jurisdiction
    # means any State … that prohibits or restricts any government entity or official from—" (H.R. 32, 2025)
    r"|\bthe\s+terms?\s+[\"“‘]?[\w'’ -]{1,60}?[\"”’]?\s+(?:means|shall\s+mean|includes|refers\s+to)\b"
    # "The bill defines \"immigration enforcement\" as any action taken by … law enforcement officers
    # related to the investigation or enforcement of any federal civil immigration law …" (Wis. 2019 SB 401,
    # LRB analysis)
    r"|^[^\"“‘]{0,60}?\bdefines?\s+(?:the\s+term\s+)?[\"“‘][^\"”’]{1,80}[\"”’]\s+(?:as|to\s+mean)\b",
    re.IGNORECASE,
)
"""A definition: what a term covers, not a rule (its effect lies in the rules that use the term)."""
_DEFINITION_STEM = re.compile(
    r"(?:\bdefinitions?\b|\bas\s+used\s+in\b|\bthe\s+following\s+(?:terms|words)\b)[^.:]*:\s*$", re.I
)
_PURPOSE = re.compile(
    r"\W*(?:\(?\w{1,3}[.)]\s+)?(?:[A-Z][A-Z .]{2,40}[:.]\s*)?"
    r"the\s+(?:purpose|intent|goal|aim)s?\s+of\s+th(?:is|ese)\s+"
    r"(?:order|policy|policies|directive|procedure|section|chapter|general\s+order|sop|memorandum|agreement|act|"
    r"ordinance|document|moa|mou|collaboration|partnership|program|protocol|resolution)\b[^.]{0,20}\b(?:is|are)\s+to\b",
    re.I,
)
_SELF_DESCRIBED = re.compile(
    r"\W*(?:\(?\w{1,3}[.)]\s+)?th(?:is|e)\s+(?:act|chapter|policy|ordinance|order|directive|law|resolution|"
    r"procedure|section|subsection|article|memorandum|guidance)\s+(?:provides\s+for|establishes|promotes|seeks|aims|"
    # "Purpose. This section addresses non-mandatory civil immigration detainers, requests for voluntary
    # notification …" (an edit of Denver RMC 28-253(a)'s "The purpose of this section is to address …")
    r"is\s+(?:designed|intended)|addresses|concerns|applies\s+to)\b(?!\s+that\b)",
    re.I,
)
"""A document describing itself ("This Act provides for all Washingtonians, regardless of their immigration
or citizenship status, improved support …", Chelan County Code 1.392.010, restating RCW 43.17.420's
findings): a preamble, no rule."""
_INTENT = re.compile(r"\W*it\s+is\s+the\s+(?:intent|intention|purpose)\s+of\b[^.;]{0,80}?\bto\b", re.I)


_SETS_FORTH = re.compile(
    r"\W*th(?:is|e)\s+(?:moa|mou|agreement|memorandum(?:\s+of\s+(?:agreement|understanding))?|policy|order|directive|"
    r"procedure|act|ordinance|chapter|section)\s+(?:also\s+)?(?:sets\s+forth|describes|outlines)\s+the\s+"
    r"(?:terms|conditions|scope|procedures?|framework|guidelines)\b",
    re.I,
)
""""This MOA sets forth the terms and conditions pursuant to which selected … personnel will be nominated,
trained, and approved by ICE …" (ICE 287(g) agreements): what the document contains, not a rule."""


_NO_AUTHORITY_GIVEN = re.compile(
    r"\W*(?:\(?\w{1,4}[.)]\s*)*(?:nothing\s+(?:in|contained\s+in)\s+th(?:is|e)\s+\w+[^.;]{0,60}?\b(?:shall|may|will|is\s+intended\s+to)?\s*"
    r"(?:be\s+(?:construed|interpreted|read|deemed)\s+(?:to|as)\s+)?"
    r"|th(?:is|e)\s+(?:act|section|subsection|chapter|article|ordinance|policy|order|part)\s+(?:does|shall|do)\s+not\s+)"
    r"(?:confer|grant|giv|creat|authori[sz]|provid|expand|enlarg)\w*\s+(?:[\w-]+\s+){0,6}?(?:authority|power)\b",
    re.I,
)
"""A savings clause on authority ("Nothing in this section shall be construed to confer any authority on an
entity to detain a person based on a civil immigration detainer beyond the authority … that existed prior to
… this section", N.Y. S257 of 2023; "This section does not give any entity authority to …"): the section
grants nothing, so it sets no rule of its own on the act it names."""


def preamble(sentence: str) -> bool:
    """Does the sentence say what the document is for or what it does, rather than set a rule ("The
    purpose of this order is to …", "It is the intent of Chelan County to follow the Keep Washington
    Working Act …", "This Act establishes statewide policies …")?"""
    return bool(
        _PURPOSE.match(sentence)
        or _INTENT.match(sentence)
        or _SETS_FORTH.match(sentence)
        or _NO_AUTHORITY_GIVEN.match(sentence)
        or (_SELF_DESCRIBED.match(sentence) and not _MODALS.search(sentence))
    )


_MODALS = re.compile(r"\b(?:shall|will|may|must|should)\b", re.I)
_THIS_DEFINITION = re.compile(r"^\W*(?:this|such|the\s+(?:above|foregoing))\s+(?:definition|term)\b", re.I)


_REACHING: dict[tuple[int, ...], tuple[tuple[ActionSpec, ...], tuple[ActionSpec, ...]]] = {}


def _reaching(actions: Sequence[ActionSpec], window: int = 600) -> tuple[ActionSpec, ...]:
    """The actions with verb and object allowed ``window`` characters apart (kept, so that the
    candidates read with them are kept too)."""
    key = tuple(map(id, actions))
    kept = _REACHING.get(key)
    if kept is None or any(a is not b for a, b in zip(kept[0], actions, strict=True)):
        wide = tuple(replace(a, window=max(a.window, window)) for a in actions)
        kept = _REACHING[key] = (tuple(actions), wide)
    return kept[1]


def _in_stem(part: Part, stem: str, item: str, stem_clause: str) -> Part:
    """A part read from a stem and its item that stands in the stem's words belongs to the stem's clause,
    cut where the stem ends ("shall not, without the approval of the Chief of Police: (3) Use …" gives
    the approval "approval of the Chief of Police", not "… Police Use immigration authorities …")."""
    if part.text in stem and part.text not in item:
        return replace(part, clause=stem_clause)
    head = part.text[:30]
    at = stem.find(head) if len(head) >= 12 and head not in item else -1
    if at < 0:
        return part
    end = len(stem.rstrip(":-–— "))
    return replace(part, text=part.text[: end - at].rstrip(" ,;:"), clause=stem_clause)


def read_unit(
    unit: _Unit,
    actions: Sequence[ActionSpec],
    *,
    item_start: int = 0,
    after: int = 0,
    objects_from: int = 0,
) -> list[_Draft]:
    """The rule(s) one unit states, on the ``actions`` given; a stem completed by an item
    (``item_start``: where the item begins) takes its action from the item's verbs where it has one.
    ``after``: read only the rule stated from there on (a second rule in the same sentence)."""
    text = unit.text
    if preamble(text):
        return []  # "The purpose of this order is to establish policies regarding …": no rule
    if not unit.items and _SWITCHED_OFF.match(text):
        # "This paragraph does not apply to personnel acting under an agreement entered into pursuant to
        # 8 U.S.C. 1357(g)" (an edit of Mounds View, Minn., Ord. 1056): it switches a rule off — the rule's
        # exception (`attach_orphans`), whatever acts it names
        return []
    if (
        _DEFINITION.search(text)
        or _THIS_DEFINITION.search(text)
        or (unit.items and _DEFINITION_STEM.search(text))
    ):
        return []  # a definition sets what a term covers; the rules that use the term are read elsewhere
    candidates = list(_cached_candidates(text, actions))
    context = " ".join([unit.before, *unit.section])
    lent = [
        a for a in actions if a.needs is not None and not a.needs.search(text) and a.needs.search(context)
    ]
    if lent:
        # "A. Restrictions on Providing Assistance to Federal Immigration Authorities. … no … official
        # shall: … 6. Provide access to a detained individual for an interview, unless …" (N.J. Attorney
        # General's Immigrant Trust Directive, II.A): whom the act is for is named in the heading
        place = {id(a): k for k, a in enumerate(actions)}
        for at, _, action, verb in action_candidates(text, [replace(a, needs=None) for a in lent]):
            original = next(a for a in lent if a.id == action.id)
            candidates.append((at, place[id(original)], original, verb))
    if not candidates and item_start and context.strip():
        # "… Assistance to Federal Immigration Authorities. … no … official shall: … 7. Provide notice of a
        # detained individual's upcoming release from custody." (N.J. Immigrant Trust Directive II.A.7): an
        # item under a heading that names the immigration authority is done for it
        for rank, lender in enumerate(actions):
            named = lender.objects.search(context)
            if named is None or not _WHO_NAMED.search(named.group(0)):
                continue  # only whom the act is for is lent ("… Immigration Authorities"), no other object
            for at, _, borrower, verb in action_candidates(f"{text} {named.group(0)}", [lender]):
                if item_start <= at < len(text):
                    candidates.append((at, rank, borrower, verb))
    if not candidates and unit.before and _POINTS_BACK.search(text):
        # "Section 287(g) agreements … are voluntary. DPD will refrain from entering into these
        # agreements": the verb is here, its object in the sentence before
        offset = len(unit.before) + 1
        for _, order, action, verb in action_candidates(f"{unit.before} {text}", actions):
            if verb.start() >= offset:
                again = action.verbs.match(text, verb.start() - offset)
                if again is not None:
                    candidates.append((again.start(), order, action, again))
    if objects_from:  # an item under a stem that opens with a condition: the condition's words are not read
        candidates = [
            c
            for c in candidates
            if c[0] >= objects_from and any(m.start() >= objects_from for m in c[2].objects.finditer(text))
        ]
    if item_start:
        candidates = [c for c in candidates if c[0] >= item_start] or candidates
    if after:
        candidates = [c for c in candidates if c[0] >= after]
    if any(not c[2].fallback for c in candidates):
        candidates = [c for c in candidates if not c[2].fallback]
    found = _find_action(text, candidates)
    if unit.items and _OPEN_STEM.search(text) and not _PROVISO_STEM.search(text):
        found = None  # "… shall require any third party to:" — the items say what is required
    if found is None and unit.items and _REPORT_STEM.search(text):
        return []  # "… shall transmit a report … to the Mayor and the Council providing:": its contents
    if (
        found is None
        and unit.items
        and re.search(r"\b(?:who|whom)\s*[:\-–—]?\s*$", text, re.I)
        and any(re.search(r"[;,]\s*(?:and|or)\s*$", item, re.I) for _, item in unit.items)
    ):
        # "… are authorized to arrest and detain an individual who (1) is an alien illegally present in the
        # United States; and (2) has previously been convicted of a felony …, but only after …" (8 U.S.C.
        # 1252c(a)): the items together describe the one person the rule is about — one rule
        whole = " ".join([text, *(item for _, item in unit.items)])
        described = _Unit(unit.clause, whole, list(unit.items), unit.section, list(unit.parents), unit.before)
        drafts = read_unit(described, actions)
        for draft in drafts:
            draft.clauses = [unit.clause.id] + [c.id for c, _ in unit.items]
            for parts in (draft.conditions, draft.exceptions, draft.approvals):
                # each part stands in the paragraph whose words it is
                parts[:] = [
                    next(
                        (
                            replace(p, clause=c.id, page=c.page_start)
                            for c, item in unit.items
                            if p.text[:60] in item
                        ),
                        p,
                    )
                    for p in parts
                ]
        return drafts
    if found is None and unit.items:
        # "Members shall not:" (a) inquire …, (b) share …: each item completes the stem
        drafts = []
        parents = unit.parents or [None] * len(unit.items)
        taken: set[int] = set()  # items read as the exceptions of the item above them
        for k, (clause, whole) in enumerate(unit.items):
            children = [j for j, p in enumerate(parents) if p == k]
            if children and parents[k] is None and _EXCEPTION_STEM.search(whole):
                # "A. … may not be held … unless one of the following exceptions applies: 1. … 2. …":
                # the numbered items are the exceptions of A's rule, not rules of their own
                stem = f"{text.rstrip(':-–— ')} {whole}"
                sub = _Unit(
                    clause, stem, [unit.items[j] for j in children], section=unit.section, before=unit.before
                )
                sub.parents = [None] * len(children)
                for draft in read_unit(sub, actions, item_start=len(text.rstrip(":-–— ")) + 1):
                    draft.clauses = [unit.clause.id, *draft.clauses]
                    draft.quote = f"{text} … {draft.quote[len(text.rstrip(':-–— ')) :].strip()}"
                    drafts.append(draft)
                taken.update([k, *children])
        unread: list[tuple[Clause, str, str]] = []  # items no rule was read from: (clause, item, stem)
        opening = _LEADING_CONDITION.match(text) or _CONDITION_AFTER_NOTE.search(text)
        comma = _SUBJECT.search(text, opening.end()) if opening is not None else None
        condition_end = comma.start() if comma is not None else 0
        for k, ((clause, whole), parent) in enumerate(zip(unit.items, parents, strict=True)):
            if k in taken:
                continue
            # "A. DETENTION: Members shall not stop … . Members shall not inquire …": the item's first
            # sentence completes the stem; a later one with a modal of its own is a rule of its own
            pieces = sentences(whole) if _MODALS.search(whole) else [whole]
            item = pieces[0] if len(pieces) > 1 and _MODALS.search(" ".join(pieces[1:])) else whole
            if item != whole:
                for sentence in pieces[1:]:
                    if _MODALS.search(sentence):
                        drafts.extend(read_unit(_Unit(clause, sentence, section=unit.section), actions))
            stem = text.rstrip(":-–— ")
            if parent is not None:  # "shall not: (1) stop … a person (A) solely on the belief …"
                stem = f"{stem} {unit.items[parent][1].rstrip(':-–— ')}"
            sub = _Unit(clause, f"{stem} {item}", section=unit.section, before=unit.before)
            # "Upon receiving any … request for information related to a student's or family's immigration or
            # citizenship status, District staff shall: … 3. Document any request for information by
            # immigration authorities" (Kerman USD AR 5145.13): what the stem's condition speaks of is not
            # the object of the item's verb
            # — unless the item acts on the person the condition speaks of ("When notified that an officer has
            # detained a person and established probable cause to believe the person has violated a criminal
            # immigration offense, the supervisor should: … (b) Ensure that the detained person is taken into
            # custody …", Lexipol Immigration Violations 413.4.3)
            back = _REFERS_BACK.search(sub.text, len(text))
            item_drafts = read_unit(
                sub, actions, item_start=len(stem) + 1, objects_from=0 if back else condition_end
            )
            if not item_drafts and parent is None and _GROUNDS_STEM.search(text):
                # "(A) No agency or agent shall stop, arrest, detain, or continue to detain a person after
                # that person becomes eligible for release from custody or is free to leave an encounter
                # with an agent or agency, based on any of the following: (1) An immigration detainer; …"
                # (East Chicago, Ind., Code 39.055): the item fills the ground the stem leaves open, however
                # far the stem's verbs stand from it
                item_drafts = read_unit(sub, _reaching(actions), item_start=len(stem) + 1)
            if not item_drafts and parent is None:
                unread.append((clause, item, stem))
            for draft in item_drafts:
                # a part in the stem's words ("Nothing … shall prevent … officials, with the prior written
                # approval of the sheriff, from coordinating …: (1) …") stands in the stem's clause
                for parts in (draft.conditions, draft.exceptions, draft.approvals):
                    parts[:] = [_in_stem(p, text, item, unit.clause.id) for p in parts]
                draft.clauses = [unit.clause.id, clause.id]
                if parent is not None:
                    draft.clauses.append(unit.items[parent][0].id)
                draft.quote = f"{text} … {stem[len(text.rstrip(':-–— ')) :].strip()} {item}".replace(
                    " … ", " … ", 1
                )
                draft.body = [stem, item]
                drafts.append(draft)
        if unread and _GROUNDS_STEM.search(text):
            # "shall not stop, question, … or arrest an individual based solely on any of the following:
            # - Actual or suspected immigration or citizenship status; - Actual or perceived national
            # origin …; - A 'civil immigration warrant' …" (SUNY ESF police policy): an item that names
            # another ground of the same rule is read as the item next to it is
            by_item = {
                d.clauses[1]: d for d in drafts if len(d.clauses) == 2 and d.clauses[0] == unit.clause.id
            }
            ids = [c.id for c, _ in unit.items]
            for clause, item, stem in unread:
                at = ids.index(clause.id)
                near = [ids[j] for j in (at - 1, at + 1) if 0 <= j < len(ids) and ids[j] in by_item]
                if not near:
                    continue
                model = by_item[near[0]]
                twin = copy.copy(model)
                twin.conditions = [p for p in model.conditions if p.clause == unit.clause.id]
                twin.exceptions = [p for p in model.exceptions if p.clause == unit.clause.id]
                twin.approvals = [p for p in model.approvals if p.clause == unit.clause.id]
                twin.clauses = [unit.clause.id, clause.id]
                twin.quote = f"{text} … {item}"
                twin.body = [stem, item]
                twin.topics = list(model.topics)
                twin.scope = list(model.scope)
                drafts.append(twin)
        return drafts
    if found is None:
        return []
    action, verb = found
    if _APPROVES_ACT.search(text[: verb.start()]):
        # "1. The Shift Supervisor must first approve notification to ICE." (Hanover Park Directive
        # 210-P): the sentence is the approval the rule before it needs (attach_orphans reads it
        # there), not a duty to notify
        return []
    # the sentence's other actions lend their topics ("shall not assist in the execution of civil
    # immigration warrants issued by ICE" is about ICE cooperation and about warrants and holds)
    topics = list(
        dict.fromkeys([action.topic] + [c[2].topic for c in sorted(candidates, key=lambda c: c[:2])])
    )
    binding, modal, double = _binding(text, verb.start(), floor=after)
    if _CRIME.match(verb.group(0)) and not modal:
        # "A person who is an alien commits an offense if …" (Tex. Penal Code 51.02): a crime defined is a law
        # to be enforced, its defences and exceptions ways out of it
        binding, modal = "required", verb.group(0)
    passive = _PASSIVE_SUBJECT.match(text, verb.end())
    if not modal and passive is not None:  # "this information may be forwarded to ICE"
        binding, modal, double = _binding(text, passive.start("be"), floor=verb.end())
    if action.protective and _PROTECTION.search(text):
        binding = "discretionary" if _SHOULD.search(text) else "required"
        modal = _PROTECTION.search(text).group(0)  # type: ignore[union-attr]
    elif (
        not modal
        and not unit.items
        and not _SCOPE.search(text)
        and not _CONDITION.search(text)
        and not _APPROVAL.search(text)
    ):
        practice = _PRACTICE.search(text[max(0, verb.start() - 40) : verb.start()])
        if practice is None or not (
            # "The Department does however cooperate with immigration authorities …"
            practice.group("do") or re.match(r"\w+s\b", verb.group(0))
        ):
            return []  # a statement ("enforcement … rests with the federal government"), not a rule
        binding, modal = "permitted", "(states its practice)"  # "The Department participates in …"
    elif _APPROVAL_VERB.search(text[: verb.start()]) and binding != "prohibited":
        # "Officers should obtain approval … prior to detaining": the modal governs the approval; the
        # action itself is allowed once approved
        binding, modal = "permitted", "(once approved)"
    elif _REFUSAL_VERB.match(verb.group(0)):
        # "shall decline ICE detainer requests", "shall deny inspection … for the purpose of enforcing
        # immigration law" forbid honouring, disclosing; "may decline" leaves it open; "shall not decline"
        # requires it
        binding = _refused(binding, lenient=modal.lower() in ("may", "can", "could"))
        modal = f"{modal} {verb.group(0)}".strip()
    elif (
        refusing := _REFUSING_TO.search(text, max(0, verb.start() - 40), verb.start())
    ) is not None and not re.search(r"\b(?:declin|refus)", modal, re.I):
        # "Nothing in this certification shall be construed to prevent the jurisdiction from declining to
        # provide to the Department of Homeland Security any information …" (an edit of a DOJ certification
        # form): the rule is on declining, so a permission to decline leaves the act open, a duty to decline
        # forbids it
        # (a double negation never reads "prohibited", so it never turns "required" here)
        binding = _refused(binding, lenient=double or modal.lower() in ("may", "can", "could"))
        modal = f"{modal} {refusing.group(0).strip()}".strip()
    sign = _rule_sign(binding)
    page = unit.clause.page_start
    cid = unit.clause.id
    main_end = len(text)
    lead = _leading_exception(text, verb.start())
    first_exception = next((m for m in _EXCEPTION.finditer(text) if m.start() > verb.start()), None)
    if first_exception is not None:
        main_end = first_exception.start()
    scope = sorted(
        {
            _SCOPE_WORD.get(" ".join(m.group(1).lower().split()), m.group(1).lower())
            for m in _SCOPE.finditer(text[:main_end])
            # "Unless acting pursuant to … a legitimate law enforcement purpose that is unrelated to the
            # enforcement of a civil immigration law, no city official shall …": the exception's words
            if lead is None or not lead[0] <= m.start() < lead[1]
        }
    )
    conditions: list[Part] = []
    exceptions: list[Part] = []
    approvals: list[Part] = []
    if lead is not None:
        exceptions.append(
            Part(text[lead[0] : lead[1]].strip(" ,;:"), cid, page, _polarity(-sign), "exception")
        )
    approval_spans = [(m.start(), m.end()) for m in _APPROVAL.finditer(text)]
    anaphora = _ANAPHORA.match(text)
    if anaphora is not None:
        # "In either case the officer shall inquire …": the conditions are those of the sentence before,
        # which this rule does not repeat; the rule is conditional all the same
        conditions.append(Part(anaphora.group(1), cid, page, _polarity(-sign), "condition"))
    opening = _LEADING_CONDITION.match(text)
    comma = _SUBJECT.search(text, opening.end(), verb.start()) if opening and lead is None else None
    opening_end = -1
    if opening is not None and comma is not None and len(text[opening.start(1) : comma.start()].split()) >= 3:
        # "When any person charged with a felony is confined …, the administrator shall …": a condition
        # stated before the rule, up to the comma where the rule's subject begins
        opening_end = comma.start()
        conditions.append(
            Part(text[opening.start(1) : opening_end].strip(" ,;:"), cid, page, _polarity(-sign), "condition")
        )
    for m in _CONDITION.finditer(text[:main_end]):
        if (
            m.start() < verb.start() - 60
            or (lead is not None and m.start() < lead[1])
            or m.start() < opening_end
        ):
            continue
        if m.group(0).lower() == "if" and _WHETHER.search(text[: m.start()]):
            continue  # "shall attempt to determine if the prisoner is a legal resident": "if" is "whether"
        end = _span_end(text[:main_end], m.start())
        inside = [a for a, b in approval_spans if a < end and m.start() < b]
        if inside and min(inside) <= m.end() + 30:
            # "only with prior approval of the Watch Commander" is the approval, read below; "when requested
            # and the Chief of Police or a designee has approved the assistance" (an edit of the Port
            # Chester PD immigration page) keeps "when requested" as its condition
            before = _LEFT_BEFORE_APPROVAL.sub("", text[m.start() : min(inside)])
            if len(before.split()) >= 2 and not _APPROVAL.search(before):
                conditions.append(Part(before.strip(" ,;:"), cid, page, _polarity(-sign), "condition"))
            continue
        if inside:  # "when … is present, with the approval of a supervisor": the condition stops there
            end = min(inside)
        span = text[m.start() : end].strip(" ,;:")
        if len(span.split()) < 2 or (unit.items and end >= main_end - 2):
            continue  # a stem's "only when an individual:" is read with its items below
        conditions.append(Part(span, cid, page, _polarity(-sign), "condition"))
    grounds = _HOLDS_GROUNDS.search(text[: verb.start()], max(0, after))
    if grounds is not None and not any(grounds.group("grounds") in c.text for c in conditions):
        # "An officer who has a reasonable suspicion that an individual … has committed a criminal
        # violation of federal immigration law may detain the person …" (Lisle Policy 415.4): the
        # officer's grounds are the rule's condition
        conditions.append(Part(grounds.group("grounds"), cid, page, _polarity(-sign), "condition"))
    previous_end = -1
    depth = 0
    exception_spans: list[tuple[int, int]] = []  # the exceptions to the rule itself, where they stand
    next_act = _NEXT_ACT.search(text, verb.end())
    # the consent or approval the act waits for ("shall receive parent/guardian consent before …"), asked
    # for before the act's own verb
    consent = _CONSENT_ASKED.search(text, 0, verb.start()) if modal == "(once approved)" else None
    for m in _EXCEPTION.finditer(text):
        if m.start() < verb.start() or m.start() < previous_end - 1:
            continue
        if next_act is not None and m.start() > next_act.start():
            # "…, or disclose information to federal immigration authorities … unless required by law": the
            # next act's own exception (see _span_end)
            break
        end = _span_end(text, m.start())
        span = text[m.start() : end].strip(" ,;:")
        if unit.items and end >= len(text) - 2:
            continue  # a stem's "unless the detainee:" is read with its items below
        if (
            re.match(r"(?:unless|except)\s+(?:\w+\s+){0,3}?(?:approv|authori[sz])\w*", span, re.I)
            and len(span.split()) <= 12
            and _APPROVAL.search(span)
        ):
            # "unless approved by the Chief" is an approval route, read with the approvals; "unless
            # authorized by the student or required by law" (NOCCCD, Immigration-Related Requests) is
            # no approver's: an exception
            continue
        joined = text[previous_end : m.start()] if previous_end >= 0 else ""
        # "… or meet ICE at any location other than the public lobby for the purpose of a transfer, unless ICE
        # presents a judicial warrant …" (a county jail's transfer policy, in kind): what an "other than" sets
        # apart is the act's own object, and the "unless" after it is the rule's exception, not its
        nested = (
            previous_end >= 0
            and joined.strip(" ,;") == ""
            and not (exceptions and exceptions[-1].text.lower().startswith("other than"))
        )
        if nested and _RELAXES.search(span):
            # "…, provided that no judicial warrant shall be required where …": the proviso drops a
            # condition of the exception, so it works the way the exception does
            exceptions.append(Part(span, cid, page, exceptions[-1].polarity, exceptions[-1].kind))
            previous_end = end
            continue
        # "…; EXCEPT that nothing in this resolution shall restrict … sending to ICE": a carve-out from
        # the rule itself, however it is nested; and so is the person's own consent ("may not give federal
        # immigration authorities access to interview individuals …, except as required by state or
        # federal law or by court order, unless such individuals consent to be interviewed in writing",
        # RCW 10.93.160 as Wash. SB 5818 of 2025 would amend it): it can only open another way
        depth = (
            1 if _DOUBLE_NEGATION.search(span) or _OWN_CONSENT.match(span) else (depth + 1 if nested else 1)
        )
        vote = -sign if depth % 2 == 1 else sign
        if consent is not None:
            # "District staff shall receive parent/guardian consent before a student is interviewed …,
            # unless the officer presents a valid, effective warrant signed by a judge" (a school district's
            # board policy on immigration enforcement): the exception waives the consent the act waits for,
            # so it lets the act through
            vote = -vote
        exceptions.append(
            Part(span, cid, page, _polarity(vote), "exception" if depth == 1 else "exception to an exception")
        )
        if depth == 1:
            exception_spans.append((m.start(), end))
        previous_end = end
    for m in _APPROVAL.finditer(text):
        # "shall not inquire … unless necessary to investigate criminal activity by that individual and
        # approved in advance by a supervisor" (SUNY ESF police policy): an approval inside an exception
        # to a prohibition holds the exception back, as it holds back a permission
        # — where it must hold as well ("… and approved"), not where it is another way ("… or approved by
        # the agent's commanding officer", which widens the exception)
        within = (
            sign < 0
            and any(a <= m.start() < b for a, b in exception_spans)
            and bool(re.search(r"\band\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 30) : m.start()], re.I))
        )
        approvals.append(_approval_part(m.group(0), text, cid, page, 1 if within else sign))
    if consent is not None and not approvals:
        # "District staff shall receive [→ should attempt to obtain] parent/guardian consent before a student
        # is interviewed …" (an edit of Redwood City SD AR 5145.13): the consent the act waits for is its
        # approval, asked for as firmly as the sentence asks
        approvals.append(_approval_part(consent.group(0), text, cid, page, sign))
    conditional_list = False
    if unit.items:
        # "…; provided, however, that no such interview shall be allowed until the individual has been advised
        # of certain legal rights …, including but not limited to: (1) … (5) The individual may have an
        # attorney present" (Denver RMC 28-252(b)): the items are what the proviso asks for
        exception_stem = bool(_EXCEPTION_STEM.search(text) or _PROVISO_STEM.search(text))
        # "participating LEA personnel will be authorized to perform the following functions …: …; and The
        # power and authority to take and maintain custody of aliens arrested by the LEA" (ICE's 287(g)
        # agreements): what the rule lets (or forbids) officers do, each item one more act, however joined
        acts = _ACTS_STEM.search(text) is not None and not exception_stem
        cumulative = not acts and (
            bool(_ALL_OF.search(text))
            or any(
                # "- It there is a judicial warrant and," (Philadelphia's 2023 page on Executive Order 5-16)
                re.search(r"(?:[;,]\s*and|\band\s*[;,])\s*$", item, re.I)
                for _, item in unit.items[:-1]
            )
        )
        if exception_stem and cumulative:
            # "unless: (A) … ; and (B) …": the items together make one exception
            joined = " and ".join(_bare_item(item) for _, item in unit.items)
            first = unit.items[0][0]
            exceptions.append(Part(joined, first.id, first.page_start, _polarity(-sign), "exception"))
        for clause, item in [] if exception_stem and cumulative else unit.items:
            if exception_stem:
                vote = -sign
                target = exceptions
                kind = "exception"
            else:
                vote = -sign if cumulative else sign
                target = conditions
                kind = "item"
                conditional_list = not cumulative and not acts
            item = _bare_item(item)
            target.append(Part(item, clause.id, clause.page_start, _polarity(vote), kind))
    clauses = [unit.clause.id] + [c.id for c, _ in unit.items]
    second: list[_Draft] = []
    if not after and not unit.items:
        read = {action.id}
        joints = list(_SECOND_RULE.finditer(text, verb.end()))
        for at, joint in enumerate(joints):
            # "…; even then, officers shall not inquire into …": after a semicolon the same action can
            # be a rule of its own (an exception to the exception before it); "shall not question …,
            # nor telephone ICE …, nor ask them to produce a passport": a rule at each joint
            same = joint.group(0).lstrip().startswith(";")
            until = joints[at + 1].start() if at + 1 < len(joints) else len(text)
            rest = [c for c in candidates if joint.end() <= c[0] < until and (same or c[2].id not in read)]
            if rest:
                nxt = min(rest, key=lambda c: c[0])[2]
                second.extend(read_unit(unit, [nxt], after=joint.start()))
                read.add(nxt.id)
    return [
        _Draft(
            action,
            binding,
            modal,
            scope,
            conditions,
            exceptions,
            approvals,
            clauses,
            text,
            page,
            unit.section,
            double,
            conditional_list,
            [text] + [item for _, item in unit.items],
            topics,
        )
    ] + second


def _approval_part(words: str, context: str, clause: str, page: int, sign: int) -> Part:
    verb, rank = approval_strength(words, context)
    # on a rule that lets enforcement happen, an approval holds it back; on a prohibition ("shall not …
    # without approval", "no exceptions unless approved by the Chief") it lets the act happen once approved
    polarity: Polarity = "allows" if sign < 0 else "forbids"
    return Part(words.strip(" ,;"), clause, page, polarity, "approval", f"{verb or 'needs'}:{rank}")


# --- a version's provisions ---------------------------------------------------------------------
_APPROVAL_DENIED = re.compile(
    r"\b(?:approval|authori[sz]ation|permission|consent)\s+(?:shall|will|may|must|should)\s+not\s+be\s+"
    r"(?:given|granted|issued|provided)\b"
    r"|\b(?:shall|will|may|must|should)\s+not\s+(?:approve|authori[sz]e|grant\s+(?:approval|permission))\b"
    r"|\bno\s+(?:approval|authori[sz]ation|permission)\s+(?:shall|will|may)\s+be\s+(?:given|granted)\b",
    re.IGNORECASE,
)
"""An approval refused where a sentence says ("Such approval shall not be given where …")."""
_GRANTS = re.compile(
    r"\b(?:may|can)\s+(?:\w+\s+)?(?:be\s+)?(?:granted|allowed|permitted|given|provided|made|authori[sz]ed)\b"
    r"|\b(?:is|are)\s+(?:permitted|allowed|authori[sz]ed)\s+to\b",
    re.IGNORECASE,
)
"""A sentence that grants leave for an act ("permission may be granted to …", "are permitted to")."""


def _grants_leave(text: str, rule: _Draft) -> bool:
    """Does a sentence of its own, after a prohibition, grant leave for what it forbids (its exception)?"""
    return bool(
        _GRANTS.search(text)
        and not _NEGATION.search(text)
        and (speaks_of(rule.action, text) or re.search(r"\bimmigration\b|\bICE\b", text))
    )


def attach_orphans(units: list[_Unit], drafts: list[list[_Draft]]) -> None:
    """Approvals and exceptions stated in a sentence of their own qualify the rule just before them."""
    last_section: tuple[str, ...] = ()
    recent: list[list[_Draft]] = []  # the rules of the last rule's section, unit by unit
    previous: _Unit | None = None
    for unit, found in zip(units, drafts, strict=True):
        before, previous = previous, unit
        if found:
            if unit.section != last_section:
                recent = []
            last_section = unit.section
            recent.append(found)
            continue
        if (ref := _CROSS_REFERENCE.search(unit.text)) and _cross_reference(unit, ref, units, drafts):
            continue
        # an unnumbered paragraph right after the rule's own ("2. Generally, officers will not detain … .
        # ¶ If enforcement action is deemed necessary …, the approval of … is required.") goes on with it
        goes_on = (
            before is not None
            and before.clause.id != unit.clause.id
            and unit.clause.number is None
            and not unit.clause.is_heading
            and bool(recent)
            and before.clause.id in recent[-1][-1].clauses
        )
        if not recent or not (set(last_section) <= set(unit.section) or goes_on):
            continue  # the same section, or an item under the rule ("B. … may be forwarded to ICE. 1. …")
        last = recent[-1][-1]  # the rule just before
        sign = _rule_sign(last.binding)
        approval = _APPROVAL.search(unit.text)
        if last.approvals and _APPROVAL_DENIED.search(unit.text):
            # "… the approval of an on duty supervisor or commander is required. Such approval shall not be
            # given where the only suspected violation is of civil immigration law.": the approval route
            # closed where it says, an exception to it
            last.exceptions.append(
                Part(unit.text, unit.clause.id, unit.clause.page_start, "forbids", "exception")
            )
            last.clauses.append(unit.clause.id)
            last.body.append(unit.text)
        elif approval and sign < 0 and _own_prohibition(unit.text) and not speaks_of(last.action, unit.text):
            # "No school official or employee shall grant such access to a schoolsite without the prior
            # approval of the superintendent or principal" after "… shall not collect information … regarding
            # citizenship" (Cal. Educ. Code 234.7 as AB 49 of 2025 would amend it): a prohibition of its own,
            # on another act, whose approval is no way through the rule before
            continue
        elif approval and sign < 0 and _OWN_ACT.search(unit.text) and not speaks_of(last.action, unit.text):
            # "We are not actively enforcing immigration laws. If we come upon something, we'll make
            # notifications if a shift commander approves" (an edit of a police chief's statement): the
            # approval holds back an act of its own sentence, not a way through the prohibition before
            continue
        elif approval:
            if sign < 0 and _grants_leave(unit.text, last):
                # "b. With the prior written approval of the jail commander, permission may be granted to a
                # federal immigration authority to conduct an interview …" after "may not give … access …
                # except … by (b)" (RCW 10.93.160(3)): the sentence is the prohibition's exception, and
                # its approval holds that exception back
                last.exceptions.append(
                    Part(unit.text, unit.clause.id, unit.clause.page_start, "allows", "exception")
                )
                sign = 1
            if sign < 0 and "generally" in last.scope:
                # "Generally, officers will not detain … . If enforcement action is deemed necessary under
                # these circumstances, the approval of an on duty supervisor or commander is required."
                # (Denver Police Operations Manual): a soft prohibition leaves room to act; the approval
                # holds that room back
                sign = 1
            last.approvals.append(
                _approval_part(approval.group(0), unit.text, unit.clause.id, unit.clause.page_start, sign)
            )
            last.clauses.append(unit.clause.id)
            last.body.append(unit.text)
        elif sign < 0 and _grants_leave(unit.text, last):
            # "b. Permission may be granted to a federal immigration authority to conduct an interview …"
            # after the prohibition it is an exception to (RCW 10.93.160(3)(b))
            last.exceptions.append(
                Part(unit.text, unit.clause.id, unit.clause.page_start, "allows", "exception")
            )
            last.clauses.append(unit.clause.id)
            last.body.append(unit.text)
        elif _ORPHAN_EXCEPTION.search(unit.text) and unit.items:
            # "This section shall not apply when … a person who:" (1) …, (2) …: each item is an exception
            _attach_exception(last, unit)
        elif (orphan := _ORPHAN_EXCEPTION.search(unit.text)) and not _own_rule_after(unit.text):
            named = orphan.groupdict().get("named") or ""
            # "Sections V.C. and V.D. … do not apply": the exception of each rule named, the last ones read
            count = len(
                re.findall(
                    r"[\w.()-]+", re.sub(r"^(?:sub)?sections?\s+|\b(?:and|or)\b", " ", named, flags=re.I)
                )
            )
            for rule in [d for found in recent[-count:] for d in found] if count > 1 else [last]:
                _attach_exception(rule, unit)


_OWN_PROHIBITION = re.compile(
    r"^\W*no\s+(?:[\w'-]+,?\s+){0,8}?(?:shall|will|may|must)\s+(?!not\b)\w+"
    r"|^[^.;]{0,80}?\b(?:shall|will|may|must)\s+not\s+(?!be\s+required\b)\w+",
    re.I,
)


_OWN_ACT = re.compile(
    r"(?:\b(?:will|shall|must|may|should)|['’]ll)\s+(?:\w+\s+){0,2}?(?:make|hold|detain|notify|contact|arrest|transfer|"
    r"release|share|provide|honou?r|assist|cooperate|report|ask|inquire)\w*\b",
    re.I,
)
"""A sentence's own act with its own modal ("the department will hold people …", "we'll make
notifications")."""


def _own_prohibition(text: str) -> bool:
    """A sentence that forbids an act of its own ("No employee shall grant access … without the approval
    of …"), its approval the way through that prohibition."""
    return bool(_OWN_PROHIBITION.search(text) and _WITHOUT_APPROVAL.search(text))


def _own_rule_after(text: str) -> bool:
    """A sentence that opens with an exception and then states a rule of its own ("(7) Except as provided in
    paragraph (8), an officer … performing functions under this subsection shall not be treated as a Federal
    employee …", 8 U.S.C. 1357(g)(7)): not an exception to the rule before it."""
    if not re.match(r"\s*except(?:ion)?s?\b(?!\s*:)", text, re.I):
        return False
    lead = _leading_exception(text, len(text))
    rest = text[lead[1] :] if lead is not None else ""
    return bool(rest.strip() and (_MODALS.search(rest) or _NEGATION.search(rest)))


def _cross_reference(unit: _Unit, ref: re.Match[str], units: list[_Unit], drafts: list[list[_Draft]]) -> bool:
    """Attach a sentence that switches off numbered parts of the text ("Subsection (a) does not apply
    …", "is not required to perform a duty imposed by Subsection (a)") to the rules read there, as their
    exception; False when no rule of this text sits in the parts it names."""
    labels = _referenced_labels(ref.group("named") or ref.group("duty") or "")
    clauses = {c.id: c for u in units if u is not unit for c in (u.clause, *(c for c, _ in u.items))}
    named = [c for c in clauses.values() if _plain_label(c.number) in labels and c.id != unit.clause.id]
    siblings = [c for c in named if c.path == unit.clause.path]
    chosen = siblings or named
    under = {c.path + (c.number or "",) for c in chosen}
    ids = {c.id for c in chosen} | {
        c.id for c in clauses.values() if any(c.path[: len(p)] == p for p in under)
    }
    targets = [d for found in drafts for d in found if ids & set(d.clauses)]
    for rule in targets:
        _attach_exception(rule, unit)
    return bool(targets)


def _attach_exception(rule: _Draft, unit: _Unit) -> None:
    """A sentence of its own that excepts from ``rule``: the sentence, or each of its items, becomes
    an exception that works against the rule (widens a prohibition, narrows a duty)."""
    polarity = _polarity(-_rule_sign(rule.binding))
    pieces = [(c, _bare_item(t)) for c, t in unit.items] or [(unit.clause, unit.text)]
    for clause, text in pieces:
        rule.exceptions.append(Part(text, clause.id, clause.page_start, polarity, "exception"))
    rule.clauses.extend([unit.clause.id] + [c.id for c, _ in unit.items])
    rule.body.extend([unit.text] + [t for _, t in unit.items])


def _bare_item(item: str) -> str:
    """A list item without the "; and" / ", or" that joins it to the next."""
    return re.sub(r"(?:[;,]\s*(?:and|or)|\s(?:and|or)\s*[;,])\s*$", "", item, flags=re.I).rstrip(" ;,")


def fold_permissions(drafts: list[_Draft]) -> list[_Draft]:
    """A permission for an action the same version prohibits is an exception to the prohibition: the
    prohibition stated before it ("shall not … . However, officers may … if …"), or one after it in
    the same clause. A permission before a later, separate prohibition ("may honor a detainer only if
    … " / "No inmate shall be held on a detainer for more than 48 hours") is a rule of its own. A duty
    with its limits is such an exception too ("No … member shall … inquire into the immigration status of
    any person who reports that he is a victim …" then "Division members shall make the appropriate
    inquiries … from any individual meeting one or more of the following criteria:", Henrico County
    LP-54-25 as an edit of it would have it), so "may" there becoming "shall" is one exception firmed up."""
    out: list[_Draft] = []
    for at, draft in enumerate(drafts):
        before = [d for d in drafts[:at] if d.binding == "prohibited" and d.action.id == draft.action.id]
        after = [
            d
            for d in drafts[at + 1 :]
            if d.binding == "prohibited"
            and d.action.id == draft.action.id
            and d.clauses[0] == draft.clauses[0]
        ]
        rule = before[-1] if before else (after[0] if after else None)
        qualified = draft.double_negation or draft.conditions or draft.exceptions or draft.approvals
        if (
            rule is not None
            and draft is not rule
            and draft.binding in ("permitted", "discretionary", "required")
            and qualified
        ):
            rule.exceptions.append(Part(draft.quote, draft.clauses[0], draft.page, "allows", "exception"))
            # what limits the permission (its approval, its conditions) now limits the exception
            rule.approvals.extend(draft.approvals)
            # (a list's items are the exception's own words, already in it)
            rule.conditions.extend(
                p for p in draft.conditions if p.polarity == "forbids" and p.kind != "item"
            )
            rule.clauses.extend(c for c in draft.clauses if c not in rule.clauses)
            rule.body.extend(draft.body)
            continue
        out.append(draft)
    return out


def summary_of(draft: _Draft) -> str:
    words = BINDING_WORDS[draft.binding]
    if draft.action.protective and draft.binding != "prohibited":
        words = (
            "guaranteed"
            if draft.binding == "required"
            else ("encouraged" if draft.binding == "discretionary" else "allowed")
        )
    scope = [s for s in draft.scope if s != "only"]
    out = f"{draft.action.label}: {words}"
    if scope:
        out += f" ({', '.join(scope)})"
    items = [p for p in draft.conditions if p.kind == "item"]
    inline = [p for p in draft.conditions if p.kind != "item"]
    if inline:
        out += ", " + "; ".join(p.text for p in inline)
    if items:
        out += (
            (" only" if draft.conditional_list and draft.binding != "prohibited" else "")
            + " when: "
            + "; ".join(p.text.rstrip(".;, ") for p in items)
        )
    if draft.exceptions:
        out += "; except: " + "; ".join(p.text for p in draft.exceptions)
    if draft.approvals:
        out += "; approval: " + "; ".join(p.text for p in draft.approvals)
    return " ".join(out.split()).rstrip(".;, ") + "."


_REPORTED_SPEECH = re.compile(
    r'\s*["“][^"”]{10,600}?[,.?!]["”]\s+(?:said|says|stated|states|added|adds|noted|notes|explained|told)\b',
    re.I,
)
"""A paragraph that opens on a quoted remark and its speaker ('"…," said the Mayor')."""


def read_provisions(clauses: Sequence[Clause], spec: LensSpec, *, start: int = 1) -> tuple[Provision, ...]:
    """The provisions of one version, in reading order, numbered from ``start`` (p0001 …)."""
    if not spec.actions:
        return ()
    units = rule_units(clauses)
    common = {t.id for t in spec.topics if t.anchored}
    anchor = spec.anchor

    def unit_actions(unit: _Unit, previous: _Unit | None) -> list[_Draft]:
        # actions of anchored topics (common words: raid, task force, records) count only where the
        # unit, its items or its section heading also mention immigration
        # the sentence before counts too: "No … official shall participate in civil immigration
        # enforcement operations …" / "… officials may participate … in a joint law enforcement taskforce"
        # (N.J. Immigrant Trust Directive II.A.3, II.A.5) — else the permission is read only once it
        # names immigration itself, and one version's silence looks like a rule added in the other
        if _REPORTED_SPEECH.match(unit.clause.text):
            # '"Since 1985, Sacramento has been a self-designated sanctuary city, and I'm proud …," said Mayor
            # Pro Tem Eric Guerra. "With this and state law, Sacramento police officers are prohibited from
            # asking for immigration status …"' (City of Sacramento release, January 2025): what someone said
            # about the policy, not the policy
            return []
        before = previous.text if previous is not None and previous.section == unit.section else unit.before
        context = " ".join([before, unit.text, *(item for _, item in unit.items), *unit.section])
        if anchor is None or anchor.search(context):
            return read_unit(unit, spec.actions)
        return read_unit(unit, [a for a in spec.actions if a.topic not in common])

    drafts = [unit_actions(u, units[k - 1] if k else None) for k, u in enumerate(units)]
    attach_orphans(units, drafts)
    flat = fold_permissions([d for found in drafts for d in found])
    out = []
    for number, d in enumerate(flat, start=start):
        out.append(
            Provision(
                id=f"p{number:04d}",
                action=d.action.id,
                topic=d.action.topic,
                binding=d.binding,
                scope=tuple(d.scope),
                conditions=tuple(d.conditions),
                exceptions=tuple({(e.text, e.clause): e for e in d.exceptions}.values()),
                approvals=tuple(d.approvals),
                clauses=tuple(dict.fromkeys(d.clauses)),
                summary=summary_of(d),
                label=d.action.label,
                quote=d.quote,
                page=d.page,
                modal=d.modal,
                body=" ".join(d.body),
                # topics lent by the sentence's other actions, but not the generic ones that most
                # sentences of such a policy name ("immigration enforcement")
                topics=tuple(t for k, t in enumerate(d.topics) if k == 0 or t not in spec.generic)
                or (d.action.topic,),
            )
        )
    return tuple(out)


def renumber(provisions: tuple[Provision, ...], start: int) -> tuple[Provision, ...]:
    return tuple(replace(p, id=f"p{start + k:04d}") for k, p in enumerate(provisions))
