from strife.extract.numbers import parse_quantity, word_number


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
