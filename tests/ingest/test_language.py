"""Language check: short English notes are accepted, real other-language texts are refused."""

from __future__ import annotations

import pytest
from note_generator import generate_notes

from strife.errors import InputError
from strife.ingest.checks import check_text, other_language


def test_generator_is_varied_and_reproducible() -> None:
    notes = generate_notes(500)
    assert notes == generate_notes(500)
    assert len(set(notes)) > 480
    lengths = [len(n.split()) for n in notes]
    assert min(lengths) <= 8 and max(lengths) >= 20
    assert any(not n.isascii() for n in notes)  # accented town names are in the mix


def test_500_short_english_notes_are_all_accepted() -> None:
    refused = []
    for i, note in enumerate(generate_notes(500, seed=3)):
        try:
            check_text(note, f"notes.jsonl:{i + 1}")
        except InputError as exc:
            refused.append(str(exc))
    assert refused == []


@pytest.mark.parametrize(
    "note",
    [
        "Rioters blocked the road to the airport near Kisumu on Tuesday.",
        "Protesters torched tyres in Gulu.",
        "Gunmen abducted a chief near Zamfara.",
        "Militiamen shelled Kidal overnight. Fatalities: 3.",
        "Unknown assailants burned houses in San José de las Lajas.",
    ],
)
def test_terse_english_accepted(note: str) -> None:
    assert other_language(note) is None
    check_text(note, "n")


# Written for this test in each language: a one-line note and an article-length report.
OTHER = {
    "French": [
        "Des hommes armés ont tué deux policiers à Kaboul lundi.",
        "Des manifestants ont bloqué la route de l'aéroport mardi.",
        "Des hommes armés ont attaqué mardi soir un poste de police à la sortie de la ville, "
        "tuant deux agents et blessant trois autres personnes, selon les autorités locales. "
        "Les assaillants, arrivés à moto, ont pris la fuite vers la forêt voisine. Une enquête "
        "a été ouverte et des renforts ont été envoyés dans la région, où les attaques se "
        "multiplient depuis le début de l'année. Le gouverneur a appelé la population au calme "
        "et promis que les responsables seraient retrouvés.",
    ],
    "Spanish": [
        "Hombres armados mataron a dos policías en Kabul el lunes.",
        "Una bomba estalló frente a una comisaría en Cali, sin heridos.",
        "Un grupo de hombres armados atacó el martes por la noche un puesto policial en las "
        "afueras de la ciudad y mató a dos agentes, según informaron las autoridades locales. "
        "Los atacantes huyeron en motocicletas hacia la montaña. La fiscalía abrió una "
        "investigación y el gobierno envió refuerzos a la zona, donde los ataques contra la "
        "fuerza pública han aumentado desde comienzos del año.",
    ],
    "German": [
        "Bewaffnete töteten am Montag zwei Polizisten in Kabul.",
        "Unbekannte zündeten in der Nacht ein Auto vor dem Rathaus an.",
        "Bewaffnete Männer haben am Dienstagabend einen Polizeiposten am Stadtrand angegriffen "
        "und dabei zwei Beamte getötet, wie die örtlichen Behörden mitteilten. Die Angreifer "
        "flohen auf Motorrädern in Richtung der nahen Berge. Die Staatsanwaltschaft hat "
        "Ermittlungen aufgenommen, und die Regierung schickte Verstärkung in die Region, in "
        "der die Zahl der Angriffe seit Jahresbeginn gestiegen ist.",
    ],
    "Arabic": [
        "قتل مسلحون شرطيين اثنين في كابول يوم الاثنين.",
        "هاجم مسلحون مساء الثلاثاء مركزا للشرطة على أطراف المدينة وقتلوا اثنين من عناصره "
        "بحسب السلطات المحلية. وفر المهاجمون على دراجات نارية نحو الجبال القريبة، وفتحت "
        "النيابة تحقيقا في الحادث بينما أرسلت الحكومة تعزيزات إلى المنطقة.",
    ],
    "Russian": [
        "Вооружённые люди убили двух полицейских в Кабуле в понедельник.",
        "Во вторник вечером вооружённые люди напали на полицейский пост на окраине города и "
        "убили двух сотрудников, сообщили местные власти. Нападавшие скрылись на мотоциклах в "
        "сторону гор. Прокуратура возбудила уголовное дело, а правительство направило в район "
        "подкрепление.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in OTHER.items() for text in texts],
)
def test_other_languages_refused_with_a_clear_message(language: str, text: str) -> None:
    with pytest.raises(InputError) as caught:
        check_text(text, "feed.jsonl:7")
    message = str(caught.value)
    assert message.startswith("feed.jsonl:7: ")
    assert "not in English" in message
    seen = {"Arabic": "Arabic script", "Russian": "Cyrillic script"}.get(language, language)
    assert seen in message  # names the language, or the script it saw
