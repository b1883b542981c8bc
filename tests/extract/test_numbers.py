from strife.extract.numbers import parse_quantity, vague_quantity, word_number


def test_digits_words_and_hyphenated_tens():
    assert word_number("7") == 7
    assert word_number("1,200") == 1200
    assert word_number("eleven") == 11
    assert word_number("twenty-one") == 21
    assert word_number("Seven") == 7


def test_vague_quantities_take_their_literal_low_bound():
    assert word_number("dozens") == 24
    assert word_number("hundreds") == 200
    assert word_number("several") == 3


def test_not_a_number():
    assert word_number("police") is None
    assert parse_quantity(["officers"]) is None


def test_compound_quantities():
    assert parse_quantity(["two", "hundred"]) == 200
    assert parse_quantity(["a", "dozen"]) == 12
    assert parse_quantity(["forty", "two"]) == 42


def test_ranges_keep_their_low_bound():
    assert word_number("10-15") == 10
    assert parse_quantity(["between", "10", "and", "15"]) == 10
    assert parse_quantity(["12", "to", "15"]) == 12


def test_vague_nouns_count_only_as_nouns():
    assert vague_quantity("number") == 3
    assert word_number("number") is None
