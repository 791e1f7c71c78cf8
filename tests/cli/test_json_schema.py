"""The JSON report validates against docs/digitalcheck-report.schema.json. The published schema is open
(consumers keep working when fields are added); here every output is also checked against a closed copy,
so a field the tool writes but the schema does not describe fails this test (see docs/json.md)."""
import copy
import json
import os
import unittest

import jsonschema

from dc import TempDirTestCase, run, run_json, source_path, write_rules

with open(source_path("docs", "digitalcheck-report.schema.json"), encoding="utf-8") as f:
    SCHEMA = json.load(f)


def closed(schema):
    """A copy of schema where every object that lists its properties allows no others."""
    s = copy.deepcopy(schema)

    def walk(node):
        if isinstance(node, dict):
            if "properties" in node:
                node["additionalProperties"] = False
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(s)
    return s


OPEN = jsonschema.Draft202012Validator(SCHEMA)
STRICT = jsonschema.Draft202012Validator(closed(SCHEMA))


class JsonSchema(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.rules = write_rules(os.path.join(self.tmp, "rules"))

    def valid(self, doc):
        OPEN.validate(doc)
        STRICT.validate(doc)

    def test_schema_is_a_valid_draft_2020_12_schema(self):
        jsonschema.Draft202012Validator.check_schema(SCHEMA)
        jsonschema.Draft202012Validator.check_schema(closed(SCHEMA))

    def test_example_draft(self):
        p, doc = run_json("check", source_path("examples", "entwurf-antragsverfahren.md"))
        self.assertEqual(p.returncode, 1)
        self.valid(doc)
        statuses = {f["status"] for f in doc["documents"][0]["findings"]}
        self.assertEqual(statuses, {"open", "mitigated"})

    def test_no_findings(self):
        p, doc = run_json("check", self.write("ok.txt", "Der Antrag ist formlos.\n"))
        self.assertEqual(p.returncode, 0)
        self.valid(doc)
        self.assertEqual(doc["documents"][0]["findings"], [])

    def test_several_documents_with_an_input_error_and_stdin(self):
        a = self.write("a.txt", "Die Hilfe ist schriftlich zu beantragen oder elektronisch.\n")
        p, doc = run_json("check", "--rules", self.rules, a, os.path.join(self.tmp, "fehlt.txt"), "-",
                          stdin="Die Satzung hängt an der Amtstafel aus.\n")
        self.assertEqual(p.returncode, 2)
        self.valid(doc)
        self.assertEqual(len(doc["documents"]), 2)
        self.assertEqual(len(doc["errors"]), 1)

    def test_shape_of_a_finding(self):
        p, doc = run_json("check", "--rules", self.rules,
                          self.write("e.txt", "Den Antrag muss der Antragsteller eigenhändig unterschreiben.\n"))
        self.valid(doc)
        self.assertEqual(doc["schema_version"], 1)
        self.assertEqual(doc["tool"]["name"], "digitalcheck")
        f = doc["documents"][0]["findings"][0]
        self.assertEqual(list(f)[:5], ["rule_id", "category", "principle", "severity", "status"])
        self.assertEqual(doc["summary"], {"documents": 1, "findings": {"open": 1, "mitigated": 0, "justified": 0}})

    def test_schema_rejects_what_it_should(self):
        p, doc = run_json("check", source_path("examples", "entwurf-antragsverfahren.md"))
        broken = []
        d = copy.deepcopy(doc); del d["documents"][0]["findings"][0]["rule_id"]; broken.append(d)
        d = copy.deepcopy(doc); d["documents"][0]["findings"][0]["severity"] = "fatal"; broken.append(d)
        d = copy.deepcopy(doc); d["documents"][0]["findings"][0]["line"] = 0; broken.append(d)
        d = copy.deepcopy(doc); d["schema_version"] = 2; broken.append(d)
        d = copy.deepcopy(doc); del d["summary"]; broken.append(d)
        mitigated = next(i for i, f in enumerate(doc["documents"][0]["findings"]) if f["status"] == "mitigated")
        d = copy.deepcopy(doc); del d["documents"][0]["findings"][mitigated]["mitigation"]; broken.append(d)
        for b in broken:
            self.assertFalse(OPEN.is_valid(b))
        # An undocumented field passes the open schema but not the closed one.
        d = copy.deepcopy(doc); d["documents"][0]["findings"][0]["new_field"] = 1
        self.assertTrue(OPEN.is_valid(d))
        self.assertFalse(STRICT.is_valid(d))


if __name__ == "__main__":
    unittest.main()
