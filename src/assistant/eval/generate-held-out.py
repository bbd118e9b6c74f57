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
