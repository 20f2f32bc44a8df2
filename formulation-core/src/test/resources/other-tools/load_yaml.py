"""Loads YAML files with PyYAML, as other tools would, and prints what it read as JSON.

Usage: python3 load_yaml.py [--schema SCHEMA.json] DIR

For each DIR/*.yaml file, in name order, prints one line of JSON:
  file           the file's name
  data           what PyYAML's safe loader read, with dates written as YYYY-MM-DD text
  dates          where PyYAML read a date, as paths such as plan.actions[0].due
  nonStringKeys  where PyYAML read a key that is not text (such as a bare "on", read as True)
  loadersDiffer  true if the C loader (libyaml) read something else than the Python one
  schemaErrors   with --schema, each way the data breaks the JSON Schema (draft 2020-12)
  error          the loader's error, if it could not read the file at all
"""
import datetime
import json
import os
import sys

import yaml


def convert(value, path, dates, non_string_keys):
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                non_string_keys.append(join(path, repr(key)))
                key = str(key)
            out[key] = convert(item, join(path, key), dates, non_string_keys)
        return out
    if isinstance(value, list):
        return [convert(item, "%s[%d]" % (path, i), dates, non_string_keys)
                for i, item in enumerate(value)]
    if isinstance(value, (datetime.date, datetime.datetime)):
        dates.append(path)
        return value.isoformat()
    return value


def join(path, key):
    return key if not path else path + "." + key


def main():
    args = sys.argv[1:]
    validator = None
    if args[0] == "--schema":
        import jsonschema
        with open(args[1], encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        args = args[2:]
    folder = args[0]
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(folder, name), "rb") as f:
            text = f.read()
        result = {"file": name}
        try:
            loaded = yaml.load(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as e:
            result["error"] = str(e)
            out.write(json.dumps(result) + "\n")
            continue
        if hasattr(yaml, "CSafeLoader"):
            result["loadersDiffer"] = yaml.load(text, Loader=yaml.CSafeLoader) != loaded
        dates = []
        non_string_keys = []
        data = convert(loaded, "", dates, non_string_keys)
        result.update(data=data, dates=dates, nonStringKeys=non_string_keys)
        if validator is not None:
            result["schemaErrors"] = [
                "%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message)
                for e in validator.iter_errors(data)]
        out.write(json.dumps(result) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
