"""Loading Anki/Tatoeba files: formats accepted, and clear errors for bad input."""

from __future__ import annotations

import pytest

from rnnbook.corpus import Pair, load_pairs, load_split, split_of


def write(tmp_path, data: bytes, name="pairs.tsv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_two_and_three_columns_bom_crlf_and_blank_lines(tmp_path):
    data = "\ufeffHi.\tSalut.\r\n\r\nRun!\tCours\u202f!\tCC-BY 2.0 (France) #1\r\n\n".encode()
    pairs = load_pairs(write(tmp_path, data))
    assert pairs == [Pair("Hi.", "Salut."), Pair("Run!", "Cours\u202f!")]
    assert pairs.kept == 2 and pairs.skipped == []
    assert pairs[0].english == "Hi." and pairs.source.name == "pairs.tsv"
    assert "kept 2 pairs" in pairs.report()


def test_malformed_line_names_file_and_line(tmp_path):
    path = write(tmp_path, b"Hi.\tSalut.\nno tab here\nA\tB\tC\tD\n")
    with pytest.raises(ValueError, match=r"pairs\.tsv, line 2: 1 column"):
        load_pairs(path)
    pairs = load_pairs(path, skip_malformed=True)
    assert pairs.kept == 1
    assert pairs.skipped == [(2, "1 column, expected 2 or 3 separated by tabs"),
                             (3, "4 columns, expected 2 or 3 separated by tabs")]
    report = pairs.report()
    assert "kept 1 pairs" in report and "skipped 2 malformed lines" in report
    assert "line 2" in report and "line 3" in report


def test_empty_side_is_malformed(tmp_path):
    with pytest.raises(ValueError, match="line 1: empty French side"):
        load_pairs(write(tmp_path, b"Hi.\t\n"))


def test_missing_empty_and_non_utf8_files(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothere.tsv"):
        load_pairs(tmp_path / "nothere.tsv")
    with pytest.raises(ValueError, match="empty"):
        load_pairs(write(tmp_path, b"\n \r\n", "blank.tsv"))
    with pytest.raises(ValueError, match=r"latin\.tsv, line 2: .*not UTF-8"):
        load_pairs(write(tmp_path, "Hi.\tSalut.\nTea.\tThé.\n".encode("latin-1"), "latin.tsv"))


def test_split_of_is_stable_and_load_split_checks_names(tmp_path):
    # pinned values: sha256 of the sentence, so the same in every run and on every machine
    assert [split_of(f"sentence {i}") for i in (0, 3, 9)] == ["train", "validation", "test"]
    assert {split_of(f"sentence {i}") for i in range(200)} == {"train", "validation", "test"}
    path = write(tmp_path, "".join(f"s{i}\tt{i}\n" for i in range(300)).encode())
    parts = [load_split(name, path) for name in ("train", "validation", "test")]
    assert sum(len(p) for p in parts) == 300
    assert 200 < len(parts[0]) < 280
    with pytest.raises(ValueError, match="'train', 'validation', 'test'"):
        load_split("dev", path)
