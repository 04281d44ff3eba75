"""Events: one node per event however many sites report it (kg/resolve/events.py)."""
from test_resolve_kit import article, event, fact, person, satker

from kg.resolve import entities, resolve
from kg.resolve.events import stages

NTT, SMG, RI = "KPU Provinsi Nusa Tenggara Timur", "KPU Kota Semarang", "KPU RI"


def events(graph):
    return [r for r in entities(graph, ("Event",))]


def _report(title, site, name, kind, date, attendee, organizer=RI, speaker=None, end_date=None, mode=None):
    a = article(title, site=site)
    e = event(a, name, kind, date, end_date, mode=mode)
    fs = [fact(a, satker(attendee), "ATTENDED", e)]
    if organizer:
        fs.append(fact(a, satker(organizer), "ORGANIZED", e))
    if speaker:
        fs.append(fact(a, person(speaker), "OPENED", e))
    return a, fs


def test_one_event_reported_by_two_sites():
    a, fa = _report("KPU NTT Ikuti Webinar AI", "ntt.kpu.go.id",
                    "Integrasi Alur Kerja Menggunakan Kecerdasan Buatan dalam Pemilu", "webinar", "2025-10-24", NTT,
                    speaker="Betty Epsilon Idroos")
    b, fb = _report("KPU RI Dorong Integrasi AI", "kota-semarang.kpu.go.id",
                    "KPU Integrasi Alur Kerja Menggunakan Kecerdasan Buatan dalam Pemilu", "webinar", "2025-10-24", SMG,
                    organizer=None, speaker="Betty Epsilon Idroos")
    g = resolve([a, b], fa + fb)
    ev = events(g)
    assert len(ev) == 1
    assert ev[0]["articles"] == sorted([a.title, b.title])
    assert ev[0]["merges"] and ev[0]["merges"][0].startswith("same event: webinar 2025-10-24, participant")
    attended = {e.src[1] for e in g.edges if e.type == "ATTENDED"}
    assert attended == {"satker:kpu-provinsi-nusa-tenggara-timur", "satker:kpu-kota-semarang"}
    assert {e.dst for e in g.edges if e.type in ("ATTENDED", "REPORTS", "ORGANIZED")} == {("Event", ev[0]["id"])}


def test_overlapping_dates_and_a_shorter_name_are_one_event():
    a, fa = _report("KPU NTT Ikuti Rakor Pengawasan", "ntt.kpu.go.id",
                    "Rapat Koordinasi Pengawasan dalam Rangka Peningkatan dan Penguatan Kinerja Pengawasan di Lingkungan KPU",
                    "rakor", "2025-10-20", NTT, end_date="2025-10-22", mode="luring")
    b, fb = _report("KPU Kota Semarang Ikuti Rakor Pengawasan KPU RI", "kota-semarang.kpu.go.id",
                    "Rapat Koordinasi Pengawasan", "rapat koordinasi", "2025-10-21", SMG, mode="daring")
    g = resolve([a, b], fa + fb)
    ev = events(g)
    assert len(ev) == 1
    node = g.nodes[("Event", ev[0]["id"])]
    assert (node.props["date"], node.props["end_date"], node.props["mode"]) == ("2025-10-20", "2025-10-22", "hybrid")
    assert "organizer satker:kpu-ri" in ev[0]["merges"][0]


def test_stages_of_a_series_stay_apart():
    assert stages("Knowledge Sharing Tata Kelola Bakohumas Tahap III") == {("tahap", 3)}
    assert stages("Sesi II Sharing of Experience") == {("sesi", 2)}
    assert stages("Bimtek Seri 1") == {("seri", 1)} and stages("Pelatihan Angkatan ke-2") == {("angkatan", 2)}
    a, fa = _report("Bakohumas Tahap II", "ntt.kpu.go.id", "Knowledge Sharing Tata Kelola Bakohumas Tahap II",
                    "knowledge sharing", "2025-10-27", NTT)
    b, fb = _report("Bakohumas Tahap III", "kota-semarang.kpu.go.id",
                    "Knowledge Sharing Tata Kelola Bakohumas Tahap III", "knowledge sharing", "2025-10-27", SMG)
    assert len(events(resolve([a, b], fa + fb))) == 2


def test_different_organizers_or_dates_or_kinds_stay_apart():
    base = ("Sosialisasi Pengadaan Katalog Elektronik", "sosialisasi", "2025-10-19")
    a, fa = _report("A", "ntt.kpu.go.id", *base, NTT)
    b, fb = _report("B", "kota-semarang.kpu.go.id", *base, SMG, organizer="KPU Provinsi Jawa Tengah")
    c, fc = _report("C", "kota-semarang.kpu.go.id", base[0], base[1], "2025-10-25", SMG)
    d, fd = _report("D", "kota-semarang.kpu.go.id", base[0], "bimtek", base[2], SMG)
    assert len(events(resolve([a, b, c, d], fa + fb + fc + fd))) == 4


def test_unrelated_names_on_one_day_stay_apart():
    a, fa = _report("A", "ntt.kpu.go.id", "Rapat Koordinasi Finalisasi Buku Pilkada", "rakor", "2025-10-23", NTT)
    b, fb = _report("B", "kota-semarang.kpu.go.id", "Rapat Koordinasi Pengawasan", "rakor", "2025-10-23", SMG)
    assert len(events(resolve([a, b], fa + fb))) == 2
