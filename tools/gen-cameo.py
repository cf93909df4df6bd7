#!/usr/bin/env python3
"""Builds annals-core's cameo.tsv (CAMEO codes + Goldstein + nearest PLOVER type/mode/context).

Usage:  python3 tools/gen-cameo.py [--shared ../shared] [--check]

Inputs (read-only, see ../shared/data/cameo/README.md and ../shared/data/plover/README.md):
  shared/data/cameo/cameo-eventcodes.tsv    the 311 CAMEO codes and names (GDELT CAMEO.eventcodes.txt)
  shared/data/cameo/cameo-goldstein.tsv     Goldstein value of each code (GDELT CAMEO.goldsteinscale.txt)
  shared/data/plover/cameo2plover-2021.tsv  PLOVER CAMEO2PLOVER draft (openeventdata/PLOVER, 17 Sep 2021)
Output:
  annals-core/src/main/resources/org/annals/core/lexicon/cameo.tsv
With --check the file is not written; the script exits 1 if the committed file differs.

Rules (each one is also written into the output header, so the data file explains itself):
  * every CAMEO code of the GDELT table gets a row, in GDELT order, ids K0001...;
  * roots 01 (statements) and 02 (appeals) and their children have no PLOVER type (dropped by PLOVER);
  * a code the draft lacks inherits from its parent (4-digit -> 3-digit -> 2-digit root); the 2-digit roots
    themselves (absent from the draft) take the root table of shared/docs/ontology.md;
  * draft codes that GDELT's table lacks (1213, 1214) are left out; the duplicate 175 row is merged;
  * draft modes/contexts that are not in the current manual's vocabularies are normalised (table NORMALISE);
  * REQUEST 105-107: the draft's descriptions for 101-108 mirror CAMEO 02x (appeals), not CAMEO 10x; where the
    mode follows from the wrong description it is recomputed from the GDELT name (table NORMALISE).
  * quad = CAMEO/GDELT QuadClass by root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(REPO, "annals-core/src/main/resources/org/annals/core/lexicon/cameo.tsv")

TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
         "SANCTION MOBILIZE COERCE ASSAULT").split()

# Current PLOVER manual vocabularies (shared/docs/ontology.md).
MODES = {
    "CONSULT": "visit third-party multilateral phone",
    "RETREAT": "withdraw release disarm ceasefire access resign",
    "REQUEST": "assist change yield meet",
    "REJECT": "assist change yield meet",
    "ACCUSE": "disapprove investigate allege",
    "THREATEN": "restrict arrest relations expel territory violence",
    "PROTEST": "demo riot strike hunger boycott obstruct vandalize",
    "SANCTION": "convict expel withdraw discontinue",
    "MOBILIZE": "troops weapons police militia",
    "COERCE": "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber",
    "ASSAULT": "abduct beat torture sexual targeted destroy primitive firearms explosives suicide-attack aerial "
               "drone heavy-weapons crowd-control unconventional",
}
MODES = {k: set(v.split()) for k, v in MODES.items()}
CONTEXTS = set("""military intelligence executive legislative election political_institutions pro_democracy
pro_autocracy economic legal reparations human_rights rights_freedoms repression human_security gender lgbt
religion_ethnicity inequality diplomatic territory peacekeeping health asylum migration disasters natural_resource
environment technology terrorism cbrn cyber misinformation crime corruption illegal_drugs trafficking""".split())

# Root table of shared/docs/ontology.md ("CAMEO roots, CAMEO->PLOVER"): type and mode of the 2-digit roots.
ROOTS = {
    "01": ("", ""), "02": ("", ""),
    "03": ("AGREE", ""), "04": ("CONSULT", ""), "05": ("SUPPORT", ""), "06": ("COOPERATE", ""),
    "07": ("AID", ""),
    "08": ("CONCEDE", ""),  # YIELD: 080-083 CONCEDE, 084-087 RETREAT; the root follows 080 (yield, unspecified)
    "09": ("ACCUSE", "investigate"), "10": ("REQUEST", ""), "11": ("ACCUSE", "disapprove"), "12": ("REJECT", ""),
    "13": ("THREATEN", ""), "14": ("PROTEST", ""), "15": ("MOBILIZE", ""), "16": ("SANCTION", ""),
    "17": ("COERCE", ""), "18": ("ASSAULT", ""), "19": ("ASSAULT", ""), "20": ("ASSAULT", "unconventional"),
}

# code -> (mode, context, reason): replaces the draft's mode/context for that code. None = keep the draft value.
NORMALISE = {
    "0811": (None, "pro_democracy", "context 'democracy' is not a PLOVER context -> pro_democracy"),
    "0812": (None, "pro_democracy", "context 'democracy' -> pro_democracy"),
    "082": (None, "pro_democracy", "context 'democracy' -> pro_democracy"),
    "0333": (None, "human_security", "context 'humanitarian' is not a PLOVER context -> human_security"),
    "073": (None, "human_security", "context 'humanitarian' -> human_security"),
    "0863": (None, "human_security", "context 'humanitarian' -> human_security"),
    "1033": (None, "human_security", "context 'humanitarian' -> human_security"),
    "1223": (None, "human_security", "context 'humanitarian' -> human_security"),
    "1623": (None, "human_security", "context 'humanitarian' -> human_security"),
    "0842": ("release", None, "RETREAT mode 'return' is not in the current manual -> release (return, release)"),
    "085": ("", None, "RETREAT mode 'ease' dropped (the draft itself notes 'ease is no longer a mode')"),
    "105": ("meet", "diplomatic", "GDELT 105 = 'Demand mediation' (draft text mirrors CAMEO 025 'yield')"),
    "106": ("yield", "military", "GDELT 106 = 'Demand withdrawal' (draft text mirrors CAMEO 026 'meet')"),
    "107": ("yield", "military", "GDELT 107 = 'Demand ceasefire' (draft text mirrors CAMEO 027 'settle')"),
    "132": ("restrict", None, "THREATEN mode 'ban' is not in the current manual -> restrict"),
    "1321": ("restrict", None, "THREATEN mode 'political' is not in the current manual -> restrict"),
    "1322": ("restrict", None, "THREATEN mode 'ban' -> restrict"),
    "1722": ("restrict", None, "COERCE mode 'ban' is not in the current manual -> restrict"),
    "1712": ("destroy", None, "ASSAULT has no mode 'seize' (a COERCE mode); destroy property -> destroy"),
    "175": ("", "pro_autocracy|military", "draft put the context 'pro_autocracy' in the mode column"),
    "185": ("targeted", None, "ASSAULT mode 'assassinate' is now 'targeted'"),
    "186": ("targeted", None, "ASSAULT mode 'assassinate' is now 'targeted'"),
    "195": ("aerial", None, "draft predates the ASSAULT mode 'aerial'; 195 = employ aerial weapons"),
    "200": ("unconventional", None, "mode 'massacre' not in the manual; root 20 -> unconventional (ontology.md)"),
    "201": ("unconventional", None, "mode 'cleansing' not in the manual; root 20 -> unconventional"),
    "202": ("unconventional", None, "mode 'massacre' not in the manual; root 20 -> unconventional"),
    "203": ("unconventional", None, "mode 'cleansing' not in the manual; root 20 -> unconventional"),
}

# Typos of the GDELT names repaired (whitespace is also collapsed everywhere).
NAME_FIXES = {"matyerial": "material", "radiologicalweapons": "radiological weapons"}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    header = lines[0].split("\t")
    return header, [l.split("\t") for l in lines[1:]]


def quad(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def parent(code):
    return code[:3] if len(code) == 4 else code[:2] if len(code) == 3 else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(REPO), "shared"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data = os.path.join(args.shared, "data")

    _, names = read_tsv(os.path.join(data, "cameo/cameo-eventcodes.tsv"))
    _, gold = read_tsv(os.path.join(data, "cameo/cameo-goldstein.tsv"))
    _, draft_rows = read_tsv(os.path.join(data, "plover/cameo2plover-2021.tsv"))
    goldstein = {c: g for c, g in gold}
    draft = {}
    for r in draft_rows:
        r = (r + [""] * 5)[:5]
        code, typ, mode, ctx = r[0].strip(), r[1].strip(), r[2].strip(), r[3].strip()
        val = (typ, mode, "|".join(x.strip() for x in ctx.split(";") if x.strip()))
        if code in draft and draft[code] != val:
            sys.exit(f"draft code {code} has two different mappings: {draft[code]} / {val}")
        draft[code] = val

    codes = [c for c, _ in names]
    if len(codes) != 311 or len(set(codes)) != 311:
        sys.exit(f"expected 311 distinct CAMEO codes, found {len(codes)}")
    mapped = {}
    rows = []
    for i, (code, name) in enumerate(names, 1):
        name = " ".join(name.split())
        for bad, good in NAME_FIXES.items():
            name = name.replace(bad, good)
        if code not in goldstein:
            sys.exit(f"no Goldstein value for {code}")
        root = code[:2]
        if root in ("01", "02"):
            typ, mode, ctx = "", "", ""
        elif code in draft:
            typ, mode, ctx = draft[code]
        elif len(code) == 2:
            typ, mode = ROOTS[root]
            ctx = ""
        else:
            typ, mode, ctx = mapped[parent(code)]  # inherit (parents precede children in GDELT order)
        if code in NORMALISE:
            m, c, _ = NORMALISE[code]
            mode = mode if m is None else m
            ctx = ctx if c is None else c
        if typ and typ not in TYPES:
            sys.exit(f"{code}: unknown PLOVER type {typ}")
        if mode and mode not in MODES.get(typ, ()):
            sys.exit(f"{code}: mode '{mode}' not allowed for {typ}")
        for c in filter(None, ctx.split("|")):
            if c not in CONTEXTS:
                sys.exit(f"{code}: unknown context '{c}'")
        mapped[code] = (typ, mode, ctx)
        g = float(goldstein[code])
        rows.append([f"K{i:04d}", code, name, f"{g:.1f}", typ, mode, ctx, str(quad(code))])

    out = []
    out.append("# Annals CAMEO lexicon: every CAMEO event code with its Goldstein value and nearest PLOVER type.")
    out.append("# version: 1")
    out.append("# Generated by tools/gen-cameo.py from ../shared/data (do not edit by hand; rerun the script).")
    out.append("# Sources:")
    out.append("#   code, name, goldstein: GDELT's CAMEO lookup tables CAMEO.eventcodes.txt and")
    out.append("#     CAMEO.goldsteinscale.txt (gdeltproject.org/data/lookups; free to use with citation of GDELT).")
    out.append("#     CAMEO: Schrodt, Gerner & Yilmaz, Conflict and Mediation Event Observations codebook")
    out.append("#     (Parus Analytics / University of Kansas). Goldstein (1992) conflict-cooperation scale, -10..+10.")
    out.append("#   plover_type, plover_mode, plover_context: PLOVER CAMEO2PLOVER-2021.txt draft (17 Sep 2021),")
    out.append("#     openeventdata/PLOVER, Open Event Data Alliance, PLOVER project; licence CC BY-SA 4.0 -")
    out.append("#     this derived mapping is shared under the same licence, with that attribution.")
    out.append("# Columns:")
    out.append("#   id              stable row id (K0001...), in GDELT table order")
    out.append("#   code            CAMEO code, 2-4 digits, leading zeros kept (root 01..20, then 3- and 4-digit)")
    out.append("#   name            GDELT's name of the code (whitespace collapsed; typos 'matyerial',")
    out.append("#                   'radiologicalweapons' repaired)")
    out.append("#   goldstein       Goldstein value of the code, one decimal")
    out.append("#   plover_type     nearest PLOVER event type; empty for CAMEO 01 (statements) and 02 (appeals),")
    out.append("#                   which PLOVER drops")
    out.append("#   plover_mode     PLOVER mode (current manual vocabulary) or empty")
    out.append("#   plover_context  PLOVER context(s), '|'-separated, or empty")
    out.append("#   quad            CAMEO/GDELT QuadClass by root: 01-05 -> 1 verbal coop, 06-08 -> 2 material coop,")
    out.append("#                   09-13 -> 3 verbal conflict, 14-20 -> 4 material conflict (PLOVER's own quad")
    out.append("#                   differs: e.g. CONCEDE is verbal cooperation; see EventType.quadClass())")
    out.append("# Derivation:")
    out.append("#   * codes the draft lacks inherit from their parent; the 2-digit roots (not in the draft) follow the")
    out.append("#     root rule of the PLOVER manual: 03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID,")
    out.append("#     08 CONCEDE (as 080; 084-087 are RETREAT), 09 ACCUSE/investigate, 10 REQUEST,")
    out.append("#     11 ACCUSE/disapprove, 12 REJECT, 13 THREATEN, 14 PROTEST, 15 MOBILIZE, 16 SANCTION,")
    out.append("#     17 COERCE, 18-19 ASSAULT, 20 ASSAULT/unconventional.")
    out.append("#   * the draft's exceptions to the root rule are kept: 0813/0814 RETREAT, 163 COERCE (embargo),")
    out.append("#     1712 ASSAULT (destroy property), 175 ASSAULT, 191/192 COERCE (blockade, occupy).")
    out.append("#   * draft rows for 1213/1214 (not GDELT codes) are left out; the duplicate 175 row is merged.")
    out.append("#   * draft modes/contexts outside the current manual's vocabularies are normalised:")
    for code in sorted(NORMALISE, key=lambda c: codes.index(c)):
        out.append(f"#       {code}: {NORMALISE[code][2]}")
    out.append("\t".join(["id", "code", "name", "goldstein", "plover_type", "plover_mode", "plover_context", "quad"]))
    for r in rows:
        out.append("\t".join(r))
    text = "\n".join(out) + "\n"

    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUT} is out of date: rerun tools/gen-cameo.py")
        print(f"{OUT}: up to date ({len(rows)} codes)")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(rows)} codes")


if __name__ == "__main__":
    main()
