"""Sentence ends typed without the space after them, as KPU pages of every region and year print
them (issue 13); sentences written for these tests in the pages' style."""
import pytest

from kg.extract.sentences import split


@pytest.mark.parametrize("text,first", [
    ("Rapat berjalan lancar.Ketua KPU Kabupaten Muna Barat menutup rapat.", "Rapat berjalan lancar."),
    ("Pleno dimulai pukul 10.00 WITA.Selanjutnya saksi membacakan keberatan.", "Pleno dimulai pukul 10.00 WITA."),
    ("Hal itu diatur dalam PKPU Nomor 3 Tahun 2019.Para peserta mencatat.", "Hal itu diatur dalam PKPU Nomor 3 Tahun 2019."),
    ("Demikian kata Sulastri Handayani.Acara ditutup doa.", "Demikian kata Sulastri Handayani."),
    ('Ia menegaskan "Kami siap melayani!"Bupati kemudian menyerahkan NPHD.', 'Ia menegaskan "Kami siap melayani!"'),
])
def test_an_end_glued_to_the_next_sentence_splits(text, first):
    parts = split(text)
    assert len(parts) == 2 and parts[0].text == first
    assert text[parts[1].start:parts[1].end] == parts[1].text  # offsets into the text, unchanged


@pytest.mark.parametrize("text", [
    "Materi disampaikan oleh Muh.Rizal dari Bawaslu Kabupaten Muna.",  # a name's short first part
    "Acara dibuka Drs.H.Laode Samsi, M.Si.Ia didampingi sekretaris.",  # titles and degrees
    "Berita ini dikutip dari Kompas.Com dan laman resmi KPU.",  # a domain written with capitals
    "Ia menjabat Kepala Bagian di Prov.Sulawesi Tenggara sejak lama.",  # an abbreviation
])
def test_abbreviations_initials_and_domains_are_no_glued_end(text):
    assert len(split(text)) == 1


def test_glued_splits_do_not_push_the_event_out_of_the_first_sentences():
    from datetime import date
    from kg.extract.events import extract_event
    from kg.model import Article

    body = ("Raha - Suasana kantor ramai.Para tamu datang.Semua antre.Petugas sigap.Hujan turun.Jalan basah. "
            "KPU Kabupaten Muna menggelar Rapat Koordinasi Tahapan Pencalonan, Selasa (7/5/2019), di aula KPU.")
    ev = extract_event(Article.make("Suasana di Kantor KPU Muna", body, "t.txt"), split(body))
    assert ev is not None and ev.name.startswith("Rapat Koordinasi Tahapan") and ev.date == date(2019, 5, 7)


def test_end_marks_found_as_the_look_behind_first_pattern_finds_them():
    """_END checks its look-behind one character on (for speed, issue 11): the same ends."""
    import re
    from kg.extract.sentences import _END
    old = re.compile(r"(?<![.!?])[.!?]++[\"'”’)]*+(?=\s|$)")
    for text in ("Rapat dimulai. Ketua KPU Kota Ambon hadir!? Ya.\" Lalu", "...awal. b", ".", "?! x", "a.b. c",
                 "Selesai pukul 10.00 WIT.) Kemudian", "Tamat!!!", "x\u201d. Y"):
        assert [m.span() for m in _END.finditer(text)] == [m.span() for m in old.finditer(text)], text
