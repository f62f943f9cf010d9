"""Real passages with an edit constructed for this set (marked CONSTRUCTED in `source`).
OLD = real text of the Clay County (FL) Sheriff's Office WSO MOA, 2025-02-24 (see genuine.py, key W25),
Appendix A 'Authorized Functions' and 'Additional Supervisory and Administrative Responsibilities'.
NEW = the same text with the one edit stated in the pair's source."""
from lib import make_pair
from extract import sec
import genuine

L, X, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"


def e(find, replace, label, topics, why, **k):
    d = {"find": find, "replace": replace, "label": label, "topics": topics, "why": why}
    d.update(k)
    return d


def pairs():
    base = sec("W25", "Authorized Functions", "APPENDIX")
    S = ("OLD: %s, Appendix A (SOP) 'Authorized Functions' and 'Additional Supervisory and Administrative Responsibilities', "
         "from %s (real text). NEW: CONSTRUCTED for this set - the real text with one edit: %s")
    D = genuine.D["W25"]; R = genuine.REPO
    ps = []
    ps.append(make_pair("C1", "scope_change", base, [
        e("for no more than 48 hours unless there exists an agreement", "for no more than 72 hours unless there exists an agreement", X, ["detainers_holds"],
          "A person handed to ICE could be kept in the county jail for up to 72 hours instead of 48.")],
        S % (D, R, "'for no more than 48 hours' changed to 'for no more than 72 hours' (first occurrence).")))
    ps.append(make_pair("C2", "double_negation", base, [
        e("Participating LEA personnel are not authorized to perform immigration officer functions except when working under the supervision or direction of ICE.",
          "Participating LEA personnel are authorized to perform immigration officer functions only when working under the supervision or direction of ICE.", N,
          ["enforcement_authority", "supervisor_approval"], "'not authorized ... except when' is restated as 'authorized ... only when'; the same rule.")],
        S % (D, R, "the sentence 'are not authorized to perform ... except when working under the supervision or direction of ICE' restated positively as 'are authorized to perform ... only when working under ...'.")))
    ps.append(make_pair("C3", "exception_added", base, [
        e("the alien shall be released from the LEA jail/correctional facility.",
          "the alien shall be released from the LEA jail/correctional facility, unless an ICE supervisor requests in writing that the alien be held for up to an additional 24 hours.", X,
          ["detainers_holds", "supervisor_approval"], "A new exception lets ICE supervisors extend the post-transfer hold by another day.")],
        S % (D, R, "exception ', unless an ICE supervisor requests in writing that the alien be held for up to an additional 24 hours' added to the release rule.")))
    ps.append(make_pair("C4", "list_removed", base, [
        e("• Participating LEA personnel must report all encounters with asserted or suspected claims of U.S. citizenship to ICE immediately, but generally within one hour of the claim.",
          "", U, ["status_inquiry", "ice_cooperation"],
          "The duty to report claims of U.S. citizenship to ICE is deleted; this removes a report to ICE but also a safeguard for citizens, so the direction is unclear.",
          quote_new="Additional supervisory and administrative responsibilities for each entity include, but are not limited to:")],
        S % (D, R, "the last bullet (reporting of U.S. citizenship claims) deleted.")))
    ps.append(make_pair("C5", "approval_added", base, [
        e("• The LEA shall provide notification to the ICE officer immediately after participating LEA personnel serve any warrant of arrest",
          "• With the prior approval of the Sheriff or the Sheriff's designee, the LEA shall provide notification to the ICE officer immediately after participating LEA personnel serve any warrant of arrest", U,
          ["supervisor_approval", "ice_cooperation"], "Notice to ICE after a warrant is served now needs the Sheriff's prior approval; since the warrant has already been served, the effect on enforcement is unclear.")],
        S % (D, R, "'With the prior approval of the Sheriff or the Sheriff's designee,' inserted before the notification duty.")))
    for p in ps:
        p["new"] = p["new"].rstrip()
    return ps
