"""Role frames of the dependency parse (pipeline/nlp/patterns/frames.yaml): each frame reads its own example
sentence, giving both roles of its family to the organisations there, and a malformed frame file is refused."""

import pytest

from pipeline.nlp import frames
from pipeline.nlp.slots import load_parser

FRAMES = {f.id: f for f in frames.load_frames()}


@pytest.mark.parametrize("frame_id", sorted(FRAMES))
def test_each_frame_reads_its_example(frame_id):
    frame = FRAMES[frame_id]
    doc = load_parser()(frame.example)
    marks = [(role, doc.char_span(pos, pos + 1, alignment_mode="expand").text)
             for fid, family, role, pos, _ in frames.read_frames(doc) if fid == frame_id]
    assert {role for role, _ in marks} == set(frames.ROLES[frame.family]), marks
    if frame.subject not in frames.ROLES[frame.family]:
        return  # 'seller_of_stake': the subject is no party, and the pattern gives both roles
    subject = next(word for role, word in marks if role == frame.subject)
    assert frame.example.index(subject) < min(frame.example.index(w) for r, w in marks if r != frame.subject) or \
        frame.subject == "target" or any(node["RIGHT_ID"] == "relative" for node in frame.pattern) or \
        frame.pattern[0]["RIGHT_ATTRS"].get("DEP") == "relcl"
    # the subject comes first, except in the passive 'X was acquired by Y', in an object relative clause
    # ('X, which Y acquired') and where the frame's verb is a relative clause ('X raised ... in a round Y led')


@pytest.mark.parametrize("frame,message", [
    # roles of another family than the frame's
    ({"id": "x", "family": "trade", "subject": "investor", "example": "e",
      "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "pay"}}]}, "frames.yaml x: needs a first node 'verb'"),
    # a verb node that names no lemma (read_frames picks frames by their verb's lemma)
    ({"id": "y", "family": "trade", "subject": "buyer", "example": "e",
      "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
                  {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "seller", "RIGHT_ATTRS": {"DEP": "dobj"}}]},
     "frames.yaml y: the verb node needs LEMMA"),
    # an unquoted 'on' (YAML reads it as true): the pattern would silently never match
    ({"id": "z", "family": "investment", "subject": "investor", "example": "e",
      "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "bet"}},
                  {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": {"IN": [True]}}},
                  {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "investee", "RIGHT_ATTRS": {"DEP": "pobj"}}]},
     "frames.yaml z: True is read as a boolean"),
    # ... and an unquoted 'no', read as false
    ({"id": "w", "family": "investment", "subject": "investor", "example": "e",
      "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "bet"}},
                  {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "investee", "RIGHT_ATTRS": {"LOWER": {"IN": [False]}}}]},
     "frames.yaml w: False is read as a boolean"),
])
def test_a_malformed_frame_is_refused(monkeypatch, frame, message):
    monkeypatch.setattr(frames, "read_yaml", lambda name: {"frames": [frame]})
    frames.load_frames.cache_clear()
    try:
        with pytest.raises(ValueError, match=message):
            frames.load_frames()
    finally:
        monkeypatch.undo()
        frames.load_frames.cache_clear()
        frames._anchors.cache_clear()


def test_matching_only_the_frames_of_a_sentences_verbs_finds_what_all_frames_find():
    """read_frames hands the DependencyMatcher only the frames whose verb lemma the sentence has; a matcher holding
    every frame finds the same matches in every frame's example and in sentences with several verbs."""
    nlp = load_parser()
    every = frames._matcher(nlp.vocab, tuple(FRAMES))
    texts = [f.example for f in FRAMES.values()] + [
        "Quorvane agreed to buy Brimoral from Tessaly, which had raised $2 billion from Ostrix to invest in it.",
        "Nothing here names a verb of any frame, the analysts said."]
    for doc in nlp.pipe(texts):
        anchors = frames._anchors()
        ids = tuple(f for f in FRAMES if f in {i for t in doc for i in anchors.get(t.lemma_, ())})
        some = frames._matcher(nlp.vocab, ids)(doc) if ids else []
        assert sorted(map(str, some)) == sorted(map(str, every(doc))), doc.text
