#!/usr/bin/env python3
# An independent reference for the cube workload (standard library only), beside the DuckDB SQL of
# cube_rules_sql.js: rounding-aware hierarchy checks (EU27, EXTRA_EU27, WORLD over partners, TOTAL
# over chapters; confidential cells unknown >= 0) and, for each injected error of the truth file,
# whether some failing check reads its cell, or why not. Usage: cube_reference.py CUBE.csv CUBE.truth.csv
# (about 1 GB of memory per million rows; minutes for the 8-reporter file).
import csv, sys, collections
EU=set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split())
AGG={'EU27','EXTRA_EU27','WORLD'}
data, truthf = sys.argv[1], sys.argv[2]
cells={}
for r in csv.DictReader(open(data)):
    v=None if r['value']=='' else int(r['value'])
    cells[(r['period'],r['reporter'],r['partner'],r['product'],r['flow'])]=(v, r['flag'])
groups=collections.defaultdict(list)  # (rule, key) -> list of (cellkey, role)
for k in cells:
    per,rep,par,pro,fl=k
    if par in AGG: groups[(par, (per,rep,pro,fl))].append((k,'parent'))
    else:
        groups[('WORLD',(per,rep,pro,fl))].append((k,'child'))
        groups[('EU27' if par in EU else 'EXTRA_EU27',(per,rep,pro,fl))].append((k,'child'))
    if pro=='TOTAL': groups[('TOTAL',(per,rep,par,fl))].append((k,'parent'))
    else: groups[('TOTAL',(per,rep,par,fl))].append((k,'child'))
def check(members):
    P=[cells[k] for k,r in members if r=='parent'][0]
    kids=[cells[k] for k,r in members if r=='child']
    n=sum(1 for v,f in kids if v is not None); conf=sum(1 for v,f in kids if v is None)
    s=sum(v for v,f in kids if v is not None)
    tol=0.5*(n+1)
    pv=P[0]
    lo_ok = pv - s >= -tol   # parent >= children's lower end
    hi_ok = conf>0 or s - pv >= -tol
    return lo_ok and hi_ok, conf
failing={}
reads=collections.defaultdict(list)
for g,m in groups.items():
    ok,conf=check(m)
    for k,_ in m: reads[k].append((g,ok,conf))
    if not ok: failing[g]=m
truth=[tuple(r[:5])+(r[5],) for r in list(csv.reader(open(truthf)))[1:]]
tset={t[:5] for t in truth}
found=unrev=0; reasons=collections.Counter()
for t in truth:
    k=t[:5]; v,f=cells[k]
    nonneg_fail = v is not None and v<0
    hits=[g for g,ok,c in reads[k] if not ok]
    if hits or nonneg_fail: found+=1
    else:
        unrev+=1
        rs=[(g[0],ok,c) for g,ok,c in reads[k]]
        reasons['all instances hold; confidential in each: %s'%all(c>0 for g,ok,c in reads[k])]+=1
        print('UNREVEALED', t, v, rs)
clean_fail=[g for g,m in failing.items() if not any(k in tset for k,_ in m)]
print('truth',len(truth),'found',found,'unrevealed',unrev, reasons)
print('failing instances',len(failing),'with no injected cell',len(clean_fail))
print('by rule', collections.Counter(g[0] for g in failing))
print('nonneg fails', sum(1 for k,(v,f) in cells.items() if v is not None and v<0))
