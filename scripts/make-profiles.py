#!/usr/bin/env python3
"""Profiles for the batch benchmarks, made from the samples: every answer present, as a real client's would be, with
company names and user counts varied (seed 42, so every run gets the same files). Each profile stays valid under the
questionnaire's checks: a sample with no users keeps its 0, and active users never exceed the registered accounts.
Usage: scripts/make-profiles.py DIR N [SAMPLES_DIR]"""
import glob, random, re, sys

d, n = sys.argv[1], int(sys.argv[2])
samples = sorted(glob.glob((sys.argv[3] if len(sys.argv) > 3 else "samples") + "/*.yaml"))
texts = [open(p, encoding="utf-8").read() for p in samples]
rnd = random.Random(42)
for i in range(n):
    t = re.sub(r"(?m)^  company_name: .*$", f'  company_name: "Client {i}"', rnd.choice(texts))
    registered = rnd.choice([5000, 999999, 1000001, 3200000, 'unknown'])
    # A sample with no users (no individuals use its services) keeps its 0: the questionnaire checks the two agree.
    t = re.sub(r"(?m)^  users_registered: (?!0\s*$).*$", f"  users_registered: {registered}", t)
    # Active users are counted among the accounts (the questionnaire refuses more active than registered).
    if registered != 'unknown':
        t = re.sub(r"(?m)^  users_active_12m: (\d+)\s*$", lambda m: f"  users_active_12m: {min(int(m.group(1)), registered)}", t)
    open(f"{d}/client-{i:05d}.yaml", "w", encoding="utf-8").write(t)
