#!/usr/bin/env python3
"""Recompute a Zhifa draw file (format zhifa-draw-file/1, algorithm zhifa-draw-v1) with the standard
library only, independently of the C# code. Usage: verify_draw.py FILE. Exit 0 on a match, 1 on a
mismatch or a malformed file."""
import bisect
import hashlib
import json
import sys


def canonical(value):
    # RFC 8785 for the values a draw file holds: objects, arrays, strings, safe integers, booleans.
    # Keys are sorted by UTF-16 code units; json.dumps escapes like JCS for these values when
    # ensure_ascii is off.
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k]) for k in keys) + "}"
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    raise ValueError(f"unsupported value {value!r}")


class Stream:
    def __init__(self, seed, label):
        self.prefix = seed + label.encode("utf-8") + b"\x00"
        self.counter = 0
        self.buffer = b""

    def next_u64(self):
        if not self.buffer:
            self.buffer = hashlib.sha256(self.prefix + self.counter.to_bytes(8, "big")).digest()
            self.counter += 1
        value, self.buffer = int.from_bytes(self.buffer[:8], "big"), self.buffer[8:]
        return value

    def below(self, bound):
        limit = 2**64 - (2**64 % bound)
        while True:
            value = self.next_u64()
            if value < limit:
                return value % bound


def select_uniform(items, count, stream):
    items = list(items)
    for i in range(count):
        j = i + stream.below(len(items) - i)
        items[i], items[j] = items[j], items[i]
    return items[:count]


def select_weighted(candidates, count, stream):
    sums, total = [], 0
    for candidate in candidates:
        total += candidate["weight"]
        sums.append(total)
    chosen, selected = set(), []
    while len(selected) < count:
        ticket = stream.below(total)
        index = bisect.bisect_right(sums, ticket)  # the first running sum above the ticket
        if index not in chosen:
            chosen.add(index)
            selected.append(candidates[index]["id"])
    return selected


def draw(inputs, seed):
    candidates = sorted(inputs["candidates"], key=lambda c: c["id"])
    inspectors = sorted(set(inputs["inspectors"]))
    recused = {(r["inspector"], r["target"]) for r in inputs["recusals"]}
    count, per_target = inputs["targetCount"], inputs["inspectorsPerTarget"]
    targets_stream = Stream(seed, "targets")
    if inputs["weightedByRisk"]:
        targets = select_weighted(candidates, count, targets_stream)
    else:
        targets = select_uniform([c["id"] for c in candidates], count, targets_stream)
    result = []
    for target in targets:
        eligible = [i for i in inspectors if (i, target) not in recused]
        if len(eligible) < per_target:
            raise ValueError(f"too few inspectors for {target}")
        result.append({"target": target, "inspectors": select_uniform(eligible, per_target, Stream(seed, "inspectors:" + target))})
    return result


def main(path):
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        inputs, commitment, witness = document["inputs"], document["commitment"], document["witness"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"draw verify: MALFORMED: {error}", file=sys.stderr)
        return 1
    digest = hashlib.sha256(canonical(inputs).encode("utf-8")).hexdigest()
    if digest != commitment:
        print(f"draw verify: MISMATCH: the inputs hash to {digest}, the commitment is {commitment}")
        return 1
    seed = hashlib.sha256(f"{inputs['algorithm']}\n{commitment}\n{witness}".encode("utf-8")).digest()
    if draw(inputs, seed) != document["result"]:
        print("draw verify: MISMATCH: the recomputed result differs from the published one")
        return 1
    print("draw verify: MATCH")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
