# Writes held-out.jsonl: CasePilot questions whose answers are read straight from the official files (a fixed
# random sample, seed 7), phrased the way coders type. Never tuned on: the file is regenerated, not edited.
#   python3 src/assistant/eval/generate-held-out.py ../shared/data > src/assistant/eval/held-out.jsonl
import csv, json, random, sys
data = sys.argv[1]
rnd = random.Random(7)
out = []
order = [l for l in open(f'{data}/icd10cm/2026/icd10cm_order_2026.txt', encoding='latin-1')]
rows = [(l[6:13].strip(), l[14], l[16:77].strip()) for l in order]
for code, flag, title in rnd.sample(rows, 25):
    dotted = code if len(code) <= 3 else f'{code[:3]}.{code[3:]}'
    form = rnd.choice(['is {} billable?', '{} - billable code?', 'can i bill {} or is it a header', 'is {} valid for fy2026?'])
    q = form.format(rnd.choice([dotted, code.lower(), dotted.lower()]))
    want = r'valid, billable' if flag == '1' else r'header'
    out.append({'q': q, 'intent': 'billable', 'expect_any': [], 'expect_regex': [want], 'expect_codes': [dotted], 'source': f'icd10cm_order_2026.txt {code} flag {flag}'})
mue = list(csv.reader(open(f'{data}/ncci/2026Q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv', encoding='latin-1')))
mue = [r for r in mue if len(r) >= 3 and r[1].strip().isdigit()]
for r in rnd.sample(mue, 20):
    code, value = r[0].strip(), r[1].strip()
    q = rnd.choice(['mue for {}?', 'whats the practitioner MUE for {}', 'how many units of {} per day (practitioner MUE)?']).format(code)
    out.append({'q': q, 'intent': 'mue', 'expect_any': [], 'expect_regex': [rf'mue for {code.lower()} is {value} units?\b'], 'expect_codes': [code], 'source': f'MUE practitioner {code}={value}'})
for l in out:
    print(json.dumps(l))
# Code history from the order files alone: codes billable in FY2021 and a header in FY2026 were subdivided; their
# FY2026 codes are what replaced them on claims.
def order_rows(path):
    return {l[6:13].strip(): l[14] for l in open(path, encoding='latin-1') if len(l) > 15}
old = order_rows(f'{data}/icd10cm/2021/icd10cm-order-Jan-2021.txt')
new = order_rows(f'{data}/icd10cm/2026/icd10cm_order_2026.txt')
expanded = sorted(c for c, f in old.items() if f == '1' and new.get(c) == '0')
rnd2 = random.Random(11)
for code in rnd2.sample(expanded, min(20, len(expanded))):
    dotted = code if len(code) <= 3 else f'{code[:3]}.{code[3:]}'
    children = sorted(c for c, f in new.items() if c.startswith(code) and c != code and f == '1' and len(c) == len(code) + 1)
    kids = [f'{c[:3]}.{c[3:]}' for c in children]
    if rnd2.random() < 0.5:
        q = rnd2.choice(['what replaced {}?', 'claim rejected for {} as invalid - which codes replaced it', '{} got expanded? what do i use now']).format(rnd2.choice([dotted, code.lower()]))
        print(json.dumps({'q': q, 'intent': 'code-history', 'expect_any': [], 'expect_codes': kids[:6], 'source': f'{code} billable FY2021, header FY2026'}))
    else:
        q = rnd2.choice(['is {} still billable?', '{} - still valid this year?', 'is {} valid for fy 2026']).format(rnd2.choice([dotted, code.lower()]))
        print(json.dumps({'q': q, 'intent': 'code-history', 'expect_any': [], 'expect_regex': ['header|not valid for reporting|no longer'], 'expect_codes': [dotted], 'expect_none': [f'{dotted.lower()} is a valid, billable'], 'source': f'{code} billable FY2021, header FY2026'}))
