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
        frame.subject == "target" or any(node["RIGHT_ID"] == "relative" for node in frame.pattern)
    # the subject comes first, except in the passive 'X was acquired by Y' and in an object relative clause
    # ('X, which Y acquired')


def test_a_frame_with_roles_of_another_family_is_refused(monkeypatch):
    bad = {"frames": [{"id": "x", "family": "trade", "subject": "investor", "example": "e",
                       "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "pay"}}]}]}
    monkeypatch.setattr(frames, "read_yaml", lambda name: bad)
    frames.load_frames.cache_clear()
    try:
        with pytest.raises(ValueError, match="frames.yaml x: needs a first node 'verb'"):
            frames.load_frames()
    finally:
        monkeypatch.undo()
        frames.load_frames.cache_clear()
