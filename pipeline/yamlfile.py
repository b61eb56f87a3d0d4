"""YAML read strictly: a key written twice in one mapping is an error, not a silent overwrite.

PyYAML keeps the last of two equal keys without a word, so a second `url:` in a source or a second list of the same
name in a pattern file would drop the first unseen. `load_yaml` raises yaml.constructor.ConstructorError (a
yaml.YAMLError) naming the key and the line of its second writing instead.
"""

from __future__ import annotations

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's C parser where present (10x the pure-Python one)


class _StrictLoader(_BASE):  # the constructor is Python in both loaders, so this check works with either parser
    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    first = seen.get(key)
                except TypeError:  # an unhashable key: the base constructor reports it
                    continue
                if first is not None:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping", node.start_mark,
                        f"found the key {key!r} twice (first on line {first}); keep one", key_node.start_mark)
                seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str):
    """The YAML document in `text`, read with the safe loader; a key repeated in a mapping raises."""
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 (a safe loader)
