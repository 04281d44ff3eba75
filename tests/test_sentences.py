from kg.extract.sentences import split


def test_offsets_point_at_the_sentence():
    body = "Acara dibuka oleh Dr. Budi S.W. Hege. Ia menyampaikan hal itu.\nParagraf baru tanpa titik"
    sents = split(body)
    assert [s.text for s in sents] == [
        "Acara dibuka oleh Dr. Budi S.W. Hege.", "Ia menyampaikan hal itu.", "Paragraf baru tanpa titik"]
    for s in sents:
        assert body[s.start:s.end] == s.text


def test_abbreviations_do_not_end_sentences():
    body = "Narasumber utama, Plt. Sekretaris KPU Kab. Kendal M.Samsul Kadir, hadir. Selesai."
    assert len(split(body)) == 2
