import re
HDR = re.compile(r'^(SB|HB) \d+ \d+$')
def clean(path, start, end):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []; on = False
    for ln in lines:
        if ln.startswith(start) or re.match(r'^\d+ ' + re.escape(start), ln): on = True
        if on and end and (ln.startswith(end) or re.match(r'^\d+ ' + re.escape(end), ln)): break
        if not on: continue
        if HDR.match(ln.strip()) or ln.startswith('EXPLANATION') or ln.startswith('and is intended') or ln.startswith('intended to be omitted'): continue
        ln = re.sub(r'^\d+ ', '', ln)
        out.append(ln)
    paras = []
    for ln in out:
        if paras and not re.match(r'^(\d+\. |\(\d+\) |\([a-z]\) |\d{3}\.\d+\. |[a-z]\. )', ln):
            paras[-1] += ' ' + ln
        else:
            paras.append(ln)
    return '\n\n'.join(paras)
