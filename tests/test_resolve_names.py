"""Name forms, rule by rule (kg/resolve/names.py)."""
from kg.resolve.names import back_reference, compare, parse, strip_titles


def test_titles_are_stripped_and_kept():
    assert strip_titles("Prof. Ir. Wayan Firdaus Mahmudy") == ("Wayan Firdaus Mahmudy", ["Prof.", "Ir."])
    assert strip_titles("Dr. Baharudin Hamzah, S.H., M.Si.") == ("Baharudin Hamzah", ["S.H.", "M.Si.", "Dr."])
    assert strip_titles("Kombes Pol Afandi Eka Putra")[0] == "Afandi Eka Putra"
    assert strip_titles("Bapak Tri Tujiana")[0] == "Tri Tujiana"
    # a one-word name is never emptied by a title list
    assert strip_titles("Ibu")[0] == "Ibu"


def test_dots_and_spaces_do_not_make_another_name():
    assert parse("M.Samsul Kadir").key == parse("M. Samsul Kadir").key == parse("M Samsul Kadir").key
    assert parse("Andrew SN Kette").key == parse("Andrew S.N. Kette").key == parse("Andrew S. N. Kette").key
    assert compare(parse("Peiter G. Nappoe"), parse("Peiter G Nappoe")) == {"exact"}


def test_initials_line_up_with_full_words():
    assert "initial" in compare(parse("Melanie S.W. Hege"), parse("Melanie Sari Willa Hege"))
    assert "initial" in compare(parse("Onno W Purbo"), parse("Onno Widodo Purbo"))
    # initials must agree with the words they stand for
    assert compare(parse("Melanie S.T. Hege"), parse("Melanie Sari Willa Hege")) is None


def test_abbreviated_and_variant_spellings_of_one_given_name():
    assert compare(parse("Moch. Afifuddin"), parse("Mochammad Afifuddin")) is not None
    assert compare(parse("Mochamad Afifuddin"), parse("Mochammad Afifuddin")) == {"exact", "variant"}
    assert compare(parse("Muh. Ridwan"), parse("Muhammad Ridwan")) is not None


def test_one_spelling_slip_in_a_long_word():
    assert compare(parse("Betty Epsilon Idroos"), parse("Betty Epsilon Idross")) == {"exact", "slip"}
    # two slipped words, or slips in short words, are different names
    assert compare(parse("Betty Epsilan Idross"), parse("Betty Epsilon Idroos")) is None
    assert compare(parse("Budi Tono"), parse("Budi Tini")) is None


def test_a_shared_word_alone_is_not_a_name_match():
    assert compare(parse("Tri Tujiana"), parse("Handi Tri Ujiono")) is None
    assert compare(parse("Muhammad Machruz"), parse("Muhammad Fahrudin")) is None
    assert not back_reference(parse("Tri"), parse("Handi Tri Ujiono"))


def test_bare_first_or_last_name_refers_back():
    assert back_reference(parse("Reni"), parse("Reni Rinjani"))
    assert back_reference(parse("Nahak"), parse("Petrus Kanisius Nahak"))
    assert not back_reference(parse("Kanisius"), parse("Petrus Kanisius Nahak"))
    # a bare name is never "compatible" by string alone
    assert compare(parse("Viryan"), parse("Viryan Aziz")) is None


def test_dropped_middle_name_needs_first_and_last_to_agree():
    assert "short form" in compare(parse("Melanie Hege"), parse("Melanie Sari Willa Hege"))
    assert compare(parse("Sari Hege"), parse("Melanie Sari Willa Hege")) is None
