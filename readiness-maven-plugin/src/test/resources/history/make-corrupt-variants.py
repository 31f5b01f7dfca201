# Writes corrupt-variants.jsonl from line 1 of torn.jsonl. Run here: python3 make-corrupt-variants.py
base = open('torn.jsonl', 'rb').read().split(b'\n')[0].decode()


def rec(version):
    return base.replace('"version":"1.1"', '"version":"%s"' % version)


lines = [
    rec("2.1"),  # 1 valid
    "garbage, not json",  # 2
    '{"v":1}',  # 3 required fields missing
    rec("2.4").replace('{"v":1,', '{"v":2,"future":{"a":[1,2,{"b":null}]},', 1)
    .replace('"status":"PASSED",', '"status":"PASSED","trend":"up",', 1),  # 4 newer schema, unknown fields
    rec("2.5").replace('"score":87.5', '"score":"high"'),  # 5 wrong type
    rec("2.6") + rec("2.6b"),  # 6 glued
    "",  # 7 blank
    "[1,2,3]",  # 8 not an object
    "\0" * 40,  # 9 NUL bytes
    rec("2.10") + "\r",  # 10 CRLF
    rec("2.11").replace('"score":87.5', '"score":87.5,"score":99'),  # 11 duplicate key
    rec("2.12").replace('{"v":1,', '{', 1),  # 12 no schema version
]
open('corrupt-variants.jsonl', 'w', newline='').write("\n".join(lines) + "\n")
